package nl.samen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.samen.plan.Activity;
import nl.samen.plan.ActivityEvent;
import nl.samen.plan.GoalPlan;
import nl.samen.plan.PlanTexts;
import nl.samen.plan.TrackedActivity;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;

/** The report's first section: an overview of all activities, then each goal with its activities' history. */
final class PlanSection {
  private final AnnualReport report;
  private final Function<String, String> names;
  private final Locale locale;

  PlanSection(AnnualReport report, Function<String, String> names, Locale locale) {
    this.report = report;
    this.names = names;
    this.locale = locale;
  }

  void write(ReportDocument doc) {
    doc.heading(2, text("report.plan.heading"));
    if (report.plan().goals().isEmpty()) {
      doc.paragraph(text("report.plan.none"));
      return;
    }
    List<List<String>> overview = new ArrayList<>();
    for (GoalPlan goal : report.plan().goals()) {
      for (TrackedActivity tracked : goal.activities()) {
        Activity a = tracked.activity();
        overview.add(List.of("#" + a.number(), a.title(), "#" + goal.goal().number(),
            PlanTexts.status(tracked.status(), locale), PlanTexts.progressBar(tracked.progress()),
            a.owner().map(names).orElse("–"), a.due().map(d -> Formats.date(d, locale)).orElse("–")));
      }
    }
    if (!overview.isEmpty()) {
      doc.table(List.of(text("report.col.number"), text("report.col.activity"), text("report.col.goal"),
          text("report.col.status"), text("report.col.progress"), text("report.col.owner"), text("report.col.due")),
          overview);
    }
    for (GoalPlan goal : report.plan().goals()) {
      doc.heading(3, text("report.plan.goal", goal.goal().number(), goal.goal().title()));
      if (goal.activities().isEmpty()) {
        doc.paragraph(text("report.plan.noActivities"));
      }
      goal.activities().forEach(a -> activity(doc, a));
    }
  }

  private void activity(ReportDocument doc, TrackedActivity tracked) {
    Activity a = tracked.activity();
    doc.heading(4, "#" + a.number() + " " + a.title());
    List<String> facts = new ArrayList<>(List.of(PlanTexts.status(tracked.status(), locale),
        PlanTexts.progressBar(tracked.progress())));
    a.owner().ifPresent(o -> facts.add(text("report.plan.owner", names.apply(o))));
    a.due().ifPresent(d -> facts.add(text("report.plan.due", Formats.date(d, locale))));
    a.meetingId().ifPresent(m -> facts.add(text("report.plan.meeting", m)));
    doc.paragraph(String.join(" · ", facts));
    List<String> notes = tracked.history().stream().filter(e -> e.kind() != ActivityEvent.Kind.OUTCOME)
        .map(this::change).toList();
    if (!notes.isEmpty()) {
      doc.paragraph(text("report.plan.history"));
      doc.list(notes);
    }
    List<String> outcomes = tracked.outcomes().stream()
        .map(o -> text("report.plan.outcome", o.note().orElse(""), names.apply(o.actor()), date(o))).toList();
    if (!outcomes.isEmpty()) {
      doc.paragraph(text("report.plan.outcomes"));
      doc.list(outcomes);
    }
  }

  /** "3 december 2026 · Anna · 60% — the note", or "… · done — the note". */
  private String change(ActivityEvent e) {
    String what = e.kind() == ActivityEvent.Kind.PROGRESS
        ? e.percent().map(p -> p + "%").orElse("")
        : text("report.plan.event." + e.kind().code());
    return date(e) + " · " + names.apply(e.actor()) + " · " + what + e.note().map(n -> " — " + n).orElse("");
  }

  private String date(ActivityEvent e) {
    return Formats.date(e.at().atZone(report.zone()).toLocalDate(), locale);
  }

  private String text(String key, Object... args) {
    return Texts.get(locale, key, args);
  }
}
