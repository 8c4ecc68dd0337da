package nl.samen.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.samen.agenda.MeetingOutcomes.AgreedAction;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;

/**
 * The report's decisions and actions: the year's count of actions done on time, done late and still
 * open, then per meeting held its decisions and its actions with owner and state.
 */
final class ActionsSection {
  private final AnnualReport report;
  private final Function<String, String> names;
  private final Locale locale;
  private final LocalDate today;

  ActionsSection(AnnualReport report, Function<String, String> names, Locale locale) {
    this.report = report;
    this.names = names;
    this.locale = locale;
    this.today = report.generatedAt().atZone(report.zone()).toLocalDate();
  }

  void write(ReportDocument doc) {
    doc.heading(2, text("report.actions.heading"));
    List<HeldMeeting> withOutcomes = report.meetings().stream()
        .filter(m -> !m.decisions().isEmpty() || !m.actions().isEmpty()).toList();
    if (withOutcomes.isEmpty()) {
      doc.paragraph(text("report.actions.none"));
      return;
    }
    Map<ActionStates.State, Integer> counts = ActionStates.count(report.meetings(), report.zone(), today);
    int open = counts.get(ActionStates.State.OPEN) + counts.get(ActionStates.State.OVERDUE);
    doc.paragraph(text("report.actions.summary", counts.values().stream().mapToInt(Integer::intValue).sum(),
        counts.get(ActionStates.State.DONE_ON_TIME), counts.get(ActionStates.State.DONE_LATE), open,
        counts.get(ActionStates.State.OVERDUE)));
    withOutcomes.forEach(held -> meeting(doc, held));
  }

  private void meeting(ReportDocument doc, HeldMeeting held) {
    doc.heading(3, text("report.actions.meeting", held.meeting().id(), held.meeting().title(),
        Formats.date(held.meeting().date(), locale)));
    if (!held.decisions().isEmpty()) {
      doc.paragraph(text("report.actions.decisions"));
      doc.list(held.decisions());
    }
    if (!held.actions().isEmpty()) {
      doc.paragraph(text("report.actions.actions"));
      List<List<String>> rows = new ArrayList<>();
      for (AgreedAction a : held.actions()) {
        rows.add(List.of(Integer.toString(a.number()), a.what(), owner(a.owner()), Formats.date(a.due(), locale),
            state(a)));
      }
      doc.table(List.of(text("report.col.number"), text("report.col.action"), text("report.col.owner"),
          text("report.col.due"), text("report.col.state")), rows);
    }
  }

  /** "done Fri 4 December 2026", "done late, …", "open" or "overdue". */
  String state(AgreedAction action) {
    ActionStates.State state = ActionStates.of(action, report.zone(), today);
    return text(state.key(), action.doneAt().map(d -> Formats.date(d.atZone(report.zone()).toLocalDate(), locale))
        .orElse(""));
  }

  String owner(String owner) {
    return ActionStates.forgotten(owner) ? text("report.actions.formerMember") : names.apply(owner);
  }

  private String text(String key, Object... args) {
    return Texts.get(locale, key, args);
  }
}
