package nl.samen.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Install mode's two pages, {@code /slack/install} and {@code /slack/oauth_redirect}: a browser's
 * GET, so unsigned; Bolt's OAuth flow answers them (a redirect to Slack with a state cookie, then the
 * state check and the installation). Without install mode they are not there (404).
 */
final class SlackInstallRoute implements Handler {
  private final App app;
  private final SlackRequestParser parser;

  SlackInstallRoute(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  static boolean served(App app) {
    return app.config().isOAuthStartEnabled() && app.config().isOAuthCallbackEnabled();
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(ctx.path())
        .queryString(ctx.queryParamMap())
        .headers(new RequestHeaders(SlackEventsRoute.headers(ctx)))
        .requestBody("")
        .remoteAddress(ctx.ip())
        .build());
    if (request == null) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    SlackEventsRoute.respond(ctx, app.run(request));
  }
}
