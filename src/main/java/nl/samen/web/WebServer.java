package nl.samen.web;

import com.slack.api.bolt.App;
import com.google.gson.Gson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every HTTP route of Samen in one place: Slack's requests, health, and the routes features add
 * (calendar feeds, report pages). In Socket Mode there is no Bolt app here, only the rest.
 */
public final class WebServer implements AutoCloseable {
  private static final Gson GSON = new Gson();
  private final Javalin javalin;

  /**
   * A GET route a feature serves with one path parameter, e.g. {@code /calendar/{file}}: the
   * feature turns the parameter into a page, or empty for 404. Features stay free of Javalin.
   */
  public record Route(String path, Function<String, Optional<Page>> page) {}

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  public static WebServer start(int port, Optional<App> slackApp, HealthCheck health, List<Route> routes) {
    Javalin javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      slackApp.ifPresent(app -> config.routes.post("/slack/events", new SlackEventsRoute(app)));
      config.routes.get("/health", ctx -> {
        Map<String, Boolean> parts = new LinkedHashMap<>(health.get());
        boolean healthy = parts.values().stream().allMatch(Boolean::booleanValue);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy ? "ok" : "unhealthy");
        body.put("checks", parts.entrySet().stream().collect(Collectors.toMap(
            Map.Entry::getKey, e -> e.getValue() ? "ok" : "failing", (a, b) -> a, LinkedHashMap::new)));
        ctx.status(healthy ? 200 : 503).contentType("application/json").result(GSON.toJson(body));
      });
      routes.forEach(route -> config.routes.get(route.path(), ctx -> servePage(route, ctx)));
    });
    javalin.start(port);
    return new WebServer(javalin);
  }

  /**
   * Feature pages sit behind secret links: keep them out of caches, referrers and search engines,
   * let them load nothing from elsewhere, and answer a bad link with a bare 404 that reveals nothing.
   */
  private static void servePage(Route route, Context ctx) {
    String parameter = ctx.pathParamMap().values().stream().findFirst().orElse("");
    Optional<Page> page = route.page().apply(parameter);
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    if (page.isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    ctx.contentType(page.get().contentType()).result(page.get().body());
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
