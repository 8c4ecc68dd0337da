package nl.samen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.samen.export.Spreadsheet;
import nl.samen.slack.Texts;

/**
 * The attendance of the meetings held as a spreadsheet: one row per person per meeting; the actions
 * agreed on at them and the evaluation on sheets of their own.
 */
final class AttendanceSheet {
  private AttendanceSheet() {}

  static byte[] render(AnnualReport report, Function<String, String> names, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (HeldMeeting held : report.meetings()) {
      String source = Texts.get(locale, held.fromAnswers() ? "report.sheet.fromAnswers" : "report.sheet.fromAttendance");
      for (HeldMeeting.Presence p : held.presence()) {
        rows.add(List.of(held.meeting().id(), held.meeting().date().toString(), held.meeting().title(),
            names.apply(p.userId()), p.userId(), p.school().orElse(""),
            Texts.get(locale, p.present() ? "report.sheet.yes" : "report.sheet.no"), source));
      }
    }
    return Spreadsheet.xlsx(List.of(new Spreadsheet.Sheet(Texts.get(locale, "report.sheet.name"),
        List.of(Texts.get(locale, "report.sheet.header").split(";")), rows), ActionsSheet.of(report, names, locale),
        EvaluationSection.sheet(report, locale)));
  }
}
