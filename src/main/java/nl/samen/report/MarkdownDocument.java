package nl.samen.report;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The report as Markdown, for the file in Slack; text is escaped so it stays text. */
final class MarkdownDocument implements ReportDocument {
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
  private static final Pattern LINE_START = Pattern.compile("^([#>+=-]|\\d+[.)])");
  private final StringBuilder out = new StringBuilder();

  @Override
  public void title(String text) {
    out.append("# ").append(escape(text)).append("\n\n");
  }

  @Override
  public void heading(int level, String text) {
    out.append("#".repeat(level)).append(' ').append(escape(text)).append("\n\n");
  }

  @Override
  public void paragraph(String text) {
    out.append(escapeLineStart(escape(text))).append("\n\n");
  }

  @Override
  public void list(List<String> items) {
    items.forEach(item -> out.append("- ").append(escapeLineStart(escape(item))).append('\n'));
    out.append('\n');
  }

  @Override
  public void table(List<String> headers, List<List<String>> rows) {
    out.append(row(headers)).append('\n');
    out.append(headers.stream().map(h -> "---").collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
    rows.forEach(r -> out.append(row(r)).append('\n'));
    out.append('\n');
  }

  private static String row(List<String> cells) {
    return cells.stream().map(MarkdownDocument::escape).collect(Collectors.joining(" | ", "| ", " |"));
  }

  /**
   * A backslash before every character Markdown reads as inline markup; line breaks become spaces.
   * Points and dashes inside the text stay as they are, so that the file also reads well as text.
   */
  static String escape(String text) {
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
  }

  /** Text that starts a line (a paragraph, a list item) must not start a heading, quote or list. */
  static String escapeLineStart(String text) {
    return LINE_START.matcher(text).replaceFirst("\\\\$1");
  }

  @Override
  public String finish() {
    return out.toString();
  }
}
