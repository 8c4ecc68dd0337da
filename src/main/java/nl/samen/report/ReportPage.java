package nl.samen.report;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /report/{token}}: the printable report page. Unknown, malformed and expired tokens get
 * the same bare 404, so that the answer tells nothing about which links exist.
 */
final class ReportPage implements Handler {
  static final String PATH = "/report/{token}";
  private final ReportLinks links;

  ReportPage(ReportLinks links) {
    this.links = links;
  }

  @Override
  public void handle(Context ctx) {
    // The token is the only key: keep it out of caches, referrers and search engines.
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex");
    ctx.header("X-Content-Type-Options", "nosniff");
    links.page(ctx.pathParam("token")).ifPresentOrElse(
        html -> ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
            .contentType("text/html; charset=utf-8").result(html),
        () -> ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found"));
  }
}
