package nl.samen.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} in Prometheus' text format. The figures hold no personal data (counts,
 * latencies, method names), so without SAMEN_METRICS_TOKEN they are open, as /health is; with it,
 * only a scraper that sends {@code Authorization: Bearer <token>} gets them (401 otherwise).
 */
record MetricsRoute(Supplier<String> scrape, Optional<String> token) {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  void handle(Context ctx) {
    if (token.isPresent() && !authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      ctx.status(401).contentType("text/plain; charset=utf-8").result("Unauthorized");
      return;
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(PROMETHEUS_TEXT).result(scrape.get());
  }

  /** Compared in constant time, so that the answer's timing does not spell out the token. */
  private boolean authorized(String header) {
    String expected = "Bearer " + token.get();
    return header != null && MessageDigest.isEqual(
        header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
