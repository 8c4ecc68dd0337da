package nl.samen.web;

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

/**
 * The adapter from Javalin to Bolt: the raw body (read once, as Slack's signature covers it
 * byte for byte), the query and the headers go to Bolt's parser; Bolt's response comes back as is.
 * Bolt's request verification stays on, so a forged or stale request gets its 401 from Bolt.
 */
final class SlackEventsRoute implements Handler {
  private final App app;
  private final SlackRequestParser parser;

  SlackEventsRoute(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(ctx.path())
        .queryString(ctx.queryParamMap())
        .headers(new RequestHeaders(headers))
        .requestBody(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8))
        .remoteAddress(ctx.ip())
        .build());
    if (request == null) {
      ctx.status(400).result("Not a Slack request");
      return;
    }
    Response response = app.run(request);
    ctx.status(response.getStatusCode());
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
    }
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }
}
