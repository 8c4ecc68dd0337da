package nl.samen.web;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.ssl_check.SSLCheckPayloadDetector;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter from Javalin to Bolt: the raw body (read once, as Slack's signature covers it
 * byte for byte), the query and the headers go to Bolt's parser; Bolt's response comes back as is.
 *
 * <p>The signature and its age are checked here before anything reads the body, so a forged or
 * stale request gets its 401 without being parsed or logged. A signed body that is no Slack
 * request gets 400 and one log line that quotes nothing of it. Bolt's own check stays on as well.
 */
final class SlackEventsRoute implements Handler {
  private static final Logger log = LoggerFactory.getLogger(SlackEventsRoute.class);
  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature.Verifier verifier;
  private final SSLCheckPayloadDetector sslCheck = new SSLCheckPayloadDetector();

  SlackEventsRoute(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(app.config().getSigningSecret()));
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    if (!signed(ctx, body)) {
      if (sslCheck.isSSLCheckRequest(body)) {
        ctx.status(200).result(""); // Slack's certificate check may come unsigned; it does nothing
        return;
      }
      ctx.status(401).contentType("text/plain; charset=utf-8").result("Unauthorized");
      return;
    }
    Request<?> request = SlackRequests.parse(parser, SlackRequestParser.HttpRequest.builder()
        .requestUri(ctx.path())
        .queryString(ctx.queryParamMap())
        .headers(new RequestHeaders(headers(ctx)))
        .requestBody(body)
        .remoteAddress(ctx.ip())
        .build());
    if (request == null) {
      log.warn("Refused a signed request of {} bytes that is not a Slack request (HTTP 400)", body.length());
      ctx.status(400).contentType("text/plain; charset=utf-8").result("Not a Slack request");
      return;
    }
    respond(ctx, app.run(request));
  }

  /** Bolt's response as Javalin's: status, headers, content type and body as they are. */
  static void respond(Context ctx, Response response) {
    ctx.status(response.getStatusCode());
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
    }
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }

  /** Slack's signature over this exact body, made in the last five minutes (the verifier's window). */
  private boolean signed(Context ctx, String body) {
    String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
    String signature = ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
    try {
      return timestamp != null && signature != null && verifier.isValid(timestamp, body, signature);
    } catch (RuntimeException e) {
      return false; // a timestamp that is no number
    }
  }

  static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    return headers;
  }
}
