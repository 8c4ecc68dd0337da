package nl.samen.report;

import java.util.Optional;
import nl.samen.web.Page;

/**
 * {@code GET /report/{token}}: the printable report page. Unknown, malformed and expired tokens get
 * the same bare 404 (empty here), so that the answer tells nothing about which links exist.
 */
final class ReportPage {
  static final String PATH = "/report/{token}";
  private final ReportLinks links;

  ReportPage(ReportLinks links) {
    this.links = links;
  }

  Optional<Page> page(String token) {
    return links.page(token).map(html -> new Page("text/html; charset=utf-8", html));
  }
}
