package nl.samen.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.plan.BudgetLine;
import nl.samen.plan.Money;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;

/**
 * Writes an annual report into a {@link ReportDocument}: the same sections in the same order for
 * the Markdown file and the HTML page. The plan's goals and activities are written by {@link PlanSection}.
 */
final class ReportWriter {
  private final AnnualReport report;
  private final Function<String, String> names;
  private final Locale locale;

  ReportWriter(AnnualReport report, Function<String, String> names, Locale locale) {
    this.report = report;
    this.names = names;
    this.locale = locale;
  }

  static String markdown(AnnualReport report, Function<String, String> names, Locale locale) {
    return new ReportWriter(report, names, locale).write(new MarkdownDocument());
  }

  static String html(AnnualReport report, Function<String, String> names, Locale locale) {
    return new ReportWriter(report, names, locale).write(new HtmlDocument(Texts.supported(locale).getLanguage()));
  }

  String write(ReportDocument doc) {
    doc.title(text("report.title", report.year().name(), report.networkName()));
    doc.paragraph(text("report.generated", date(report.generatedAt()), names.apply(report.generatedBy())));
    new PlanSection(report, names, locale).write(doc);
    meetings(doc);
    new ActionsSection(report, names, locale).write(doc);
    EvaluationSection.write(report, locale, doc);
    schools(doc);
    budget(doc);
    themes(doc);
    return doc.finish();
  }

  private void meetings(ReportDocument doc) {
    doc.heading(2, text("report.meetings.heading"));
    if (report.meetings().isEmpty()) {
      doc.paragraph(text("report.meetings.none"));
      return;
    }
    int count = report.meetings().size();
    doc.paragraph(text("report.meetings.summary", count, report.totalPresent(),
        String.format(locale, "%.1f", (double) report.totalPresent() / count)));
    List<List<String>> rows = new ArrayList<>();
    for (HeldMeeting held : report.meetings()) {
      rows.add(List.of("#" + held.meeting().id(), Formats.date(held.meeting().date(), locale), held.meeting().title(),
          text("report.meetings.kind." + held.meeting().kind().name().toLowerCase(Locale.ROOT)),
          Integer.toString(held.presentCount()),
          text(held.fromAnswers() ? "report.meetings.fromAnswers" : "report.meetings.fromAttendance")));
    }
    doc.table(List.of(text("report.col.number"), text("report.col.date"), text("report.col.meeting"),
        text("report.col.kind"), text("report.col.present"), text("report.col.source")), rows);
    if (report.meetings().stream().anyMatch(HeldMeeting::fromAnswers)) {
      doc.paragraph(text("report.meetings.answersNote"));
    }
  }

  private void schools(ReportDocument doc) {
    doc.heading(2, text("report.schools.heading"));
    if (report.meetings().isEmpty()) {
      doc.paragraph(text("report.meetings.none"));
      return;
    }
    List<String> headers = new ArrayList<>(List.of(text("report.col.school"), text("report.col.members")));
    report.meetings().forEach(m -> headers.add("#" + m.meeting().id()));
    headers.addAll(List.of(text("report.col.total"), text("report.col.rate")));
    List<List<String>> rows = new ArrayList<>();
    for (SchoolAttendance school : report.schools()) {
      rows.add(schoolRow(school.school().orElse(text("report.schools.unknown")), school));
    }
    List<Integer> perMeeting = report.meetings().stream().map(HeldMeeting::presentCount).toList();
    rows.add(schoolRow(text("report.col.total"), new SchoolAttendance(Optional.empty(), report.members(), perMeeting)));
    doc.table(headers, rows);
    doc.paragraph(text("report.schools.note"));
  }

  private List<String> schoolRow(String name, SchoolAttendance school) {
    List<String> row = new ArrayList<>(List.of(name, Integer.toString(school.members())));
    school.presentPerMeeting().forEach(n -> row.add(Integer.toString(n)));
    row.add(Integer.toString(school.total()));
    row.add(school.rate().map(r -> r + "%").orElse("–"));
    return row;
  }

  private void budget(ReportDocument doc) {
    doc.heading(2, text("report.budget.heading"));
    List<List<String>> rows = new ArrayList<>();
    for (BudgetLine line : report.plan().budget().lines()) {
      boolean set = line.kind() == BudgetLine.Kind.SET;
      rows.add(List.of(date(line.at()), set ? text("report.budget.set") : line.description().orElse(""),
          set ? "" : line.amount().format(locale), set ? line.amount().format(locale) : "", names.apply(line.actor())));
    }
    if (!rows.isEmpty()) {
      doc.table(List.of(text("report.col.date"), text("report.col.description"), text("report.col.spent"),
          text("report.col.budget"), text("report.col.by")), rows);
    }
    var budget = report.plan().budget();
    doc.paragraph(text(budget.left().isNegative() ? "report.budget.summaryOver" : "report.budget.summary",
        budget.set().map(m -> m.format(locale)).orElse(text("report.budget.notSet")),
        budget.spent().format(locale), new Money(Math.abs(budget.left().cents())).format(locale),
        budget.spending().size()));
  }

  private void themes(ReportDocument doc) {
    doc.heading(2, text("report.themes.heading"));
    if (report.themes().isEmpty()) {
      doc.paragraph(text("report.themes.none"));
      return;
    }
    doc.list(report.themes().stream()
        .map(t -> text("report.themes.item", t.theme(), String.join(", ", t.schools()))).toList());
  }

  private String date(Instant instant) {
    return Formats.date(instant.atZone(report.zone()).toLocalDate(), locale);
  }

  private String text(String key, Object... args) {
    return Texts.get(locale, key, args);
  }
}
