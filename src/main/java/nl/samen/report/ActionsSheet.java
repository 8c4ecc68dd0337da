package nl.samen.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.samen.agenda.MeetingOutcomes.AgreedAction;
import nl.samen.export.Spreadsheet;
import nl.samen.slack.Texts;

/** The "Actions" sheet of the report's spreadsheet: one row per action item agreed on at a meeting held. */
final class ActionsSheet {
  private ActionsSheet() {}

  static Spreadsheet.Sheet of(AnnualReport report, Function<String, String> names, Locale locale) {
    ActionsSection words = new ActionsSection(report, names, locale);
    LocalDate today = report.generatedAt().atZone(report.zone()).toLocalDate();
    List<List<Object>> rows = new ArrayList<>();
    for (HeldMeeting held : report.meetings()) {
      for (AgreedAction a : held.actions()) {
        String owner = words.owner(a.owner());
        String id = ActionStates.forgotten(a.owner()) ? "" : a.owner();
        rows.add(List.of(held.meeting().id(), held.meeting().date().toString(), held.meeting().title(), a.number(),
            a.what(), owner, id, a.due().toString(), Texts.get(locale, "report.actions.sheet."
                + ActionStates.of(a, report.zone(), today).name().toLowerCase(Locale.ROOT)),
            a.doneAt().map(d -> d.atZone(report.zone()).toLocalDate().toString()).orElse("")));
      }
    }
    return new Spreadsheet.Sheet(Texts.get(locale, "report.actions.sheet.name"),
        List.of(Texts.get(locale, "report.actions.sheet.header").split(";")), rows);
  }
}
