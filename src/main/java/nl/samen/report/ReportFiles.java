package nl.samen.report;

import java.util.Locale;
import java.util.function.Function;

/** An annual report rendered three ways: the Markdown file, the attendance spreadsheet and the HTML page. */
public record ReportFiles(String markdown, byte[] attendance, String html) {

  /** @param names a person's name by user id, for the people the report mentions */
  public static ReportFiles render(AnnualReport report, Function<String, String> names, Locale locale) {
    return new ReportFiles(ReportWriter.markdown(report, names, locale), AttendanceSheet.render(report, names, locale),
        ReportWriter.html(report, names, locale));
  }
}
