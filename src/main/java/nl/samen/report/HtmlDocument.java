package nl.samen.report;

import java.util.List;

/** The report as a self-contained, printable HTML page; every piece of text is HTML-escaped. */
final class HtmlDocument implements ReportDocument {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;\
      padding:0 1rem;color:#222;line-height:1.45}
      h1{font-size:1.6rem;border-bottom:2px solid #444}h2{margin-top:2rem;border-bottom:1px solid #bbb}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
      th{background:#f0f0f0}td.bar{font-family:monospace;white-space:nowrap}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
      """;
  private final StringBuilder body = new StringBuilder();
  private final String lang;
  private String title = "";

  HtmlDocument(String lang) {
    this.lang = lang;
  }

  @Override
  public void title(String text) {
    title = text;
    body.append("<h1>").append(escape(text)).append("</h1>\n");
  }

  @Override
  public void heading(int level, String text) {
    int h = Math.max(2, Math.min(4, level));
    body.append("<h").append(h).append('>').append(escape(text)).append("</h").append(h).append(">\n");
  }

  @Override
  public void paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
  }

  @Override
  public void list(List<String> items) {
    body.append("<ul>\n");
    items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>\n"));
    body.append("</ul>\n");
  }

  @Override
  public void table(List<String> headers, List<List<String>> rows) {
    body.append("<table>\n<thead><tr>");
    headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      row.forEach(c -> body.append(c.contains("░") || c.contains("▓") ? "<td class=\"bar\">" : "<td>")
          .append(escape(c)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String finish() {
    return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + "</title>\n<style>\n" + STYLE
        + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }
}
