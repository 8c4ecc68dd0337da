package nl.samen.report;

import java.util.List;

/**
 * A document the report is written into, in plain text pieces; each format (Markdown, HTML) escapes
 * them its own way, so that what people typed can never become markup.
 */
interface ReportDocument {
  void title(String text);

  /** A section heading; level 2 is a main section, 3 and 4 lie below it. */
  void heading(int level, String text);

  void paragraph(String text);

  void list(List<String> items);

  void table(List<String> headers, List<List<String>> rows);

  String finish();
}
