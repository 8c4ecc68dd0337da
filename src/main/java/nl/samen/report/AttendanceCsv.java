package nl.samen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.slack.Texts;

/**
 * The attendance of the meetings held as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order
 * mark so that spreadsheet programs read the accents): one row per person per meeting.
 */
final class AttendanceCsv {
  private AttendanceCsv() {}

  static String render(AnnualReport report, Function<String, String> names, Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(row(List.of("meeting", "date", "title", "name", "user_id", "school", "present", "source")));
    for (HeldMeeting held : report.meetings()) {
      String source = held.fromAnswers() ? "rsvp_yes" : "attendance";
      for (HeldMeeting.Presence p : held.presence()) {
        lines.add(row(List.of("#" + held.meeting().id(), held.meeting().date().toString(), held.meeting().title(),
            names.apply(p.userId()), p.userId(), p.school().orElse(""),
            Texts.get(locale, p.present() ? "report.csv.yes" : "report.csv.no"), source)));
      }
    }
    return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
  }

  private static String row(List<String> cells) {
    return cells.stream().map(AttendanceCsv::cell).collect(Collectors.joining(","));
  }

  /**
   * Quotes a cell when it needs it, and puts an apostrophe before text that a spreadsheet would run
   * as a formula (=, +, -, @): a title like "=HYPERLINK(…)" stays text.
   */
  static String cell(String value) {
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return text.matches(".*[\",\\r\\n].*") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
