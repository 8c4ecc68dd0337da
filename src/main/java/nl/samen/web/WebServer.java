package nl.samen.web;

import com.google.gson.Gson;
import com.slack.api.bolt.App;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every HTTP route of Samen in one place: Slack's requests, health, and the pages features add
 * (calendar feeds, report pages). It starts listening early, while the rest of the app is still
 * being built, and answers 503 until {@link #open} hands it the app; in Socket Mode there is no
 * Bolt app here and {@code /slack/events} is not served.
 */
public final class WebServer implements AutoCloseable {
  private static final Gson GSON = new Gson();
  private final Javalin javalin;
  private volatile Served served;
  private volatile MetricsRoute metrics;

  /**
   * A GET route a feature serves, {@code /<name>/{parameter}}, e.g. {@code /calendar/{file}}: the
   * feature turns the parameter into a page, or empty for 404. Features stay free of Javalin.
   */
  public record Route(String path, Function<String, Optional<Page>> page) {
    public Route {
      if (!path.matches("/[a-z]+/\\{[a-z]+}")) {
        throw new IllegalArgumentException("A page route looks like /name/{parameter}, not " + path);
      }
    }

    String name() {
      return path.substring(1, path.indexOf('/', 1));
    }
  }

  private record Served(Optional<SlackEventsRoute> slack, Optional<SlackInstallRoute> install, HealthCheck health,
      Map<String, Route> pages) {}

  private WebServer() {
    this.javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.post("/slack/events", this::slackEvents);
      config.routes.get("/slack/install", this::slackInstall);
      config.routes.get("/slack/oauth_redirect", this::slackInstall);
      config.routes.get("/health", this::health);
      config.routes.get("/metrics", ctx -> {
        MetricsRoute now = metrics;
        if (now == null) {
          ctx.status(503).result("Starting");
        } else {
          now.handle(ctx);
        }
      });
      config.routes.get("/{name}/{parameter}", this::page);
    });
  }

  /** Listens on the port; Slack requests and health get 503 until {@link #open}. */
  public static WebServer start(int port) {
    WebServer server = new WebServer();
    server.javalin.start(port);
    return server;
  }

  /** Starts answering with the app: its Bolt app (none in Socket Mode), health checks and pages. */
  public void open(Optional<App> slackApp, HealthCheck health, List<Route> routes) {
    Map<String, Route> pages = new LinkedHashMap<>();
    routes.forEach(route -> pages.put(route.name(), route));
    served = new Served(slackApp.map(SlackEventsRoute::new),
        slackApp.filter(SlackInstallRoute::served).map(SlackInstallRoute::new), health, pages);
  }

  /** Serves {@code GET /metrics}: the scrape, behind a bearer token when one is given. */
  public void serveMetrics(Supplier<String> scrape, Optional<String> token) {
    metrics = new MetricsRoute(scrape, token);
  }

  private void slackEvents(Context ctx) throws Exception {
    Served now = served;
    if (now == null) {
      ctx.status(503).result("Starting");
    } else if (now.slack().isEmpty()) {
      ctx.status(404).result("Not found");
    } else {
      now.slack().get().handle(ctx);
    }
  }

  /** Install mode's OAuth flow; one workspace with its token has none. */
  private void slackInstall(Context ctx) throws Exception {
    Served now = served;
    if (now == null) {
      ctx.status(503).result("Starting");
    } else if (now.install().isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
    } else {
      now.install().get().handle(ctx);
    }
  }

  private void health(Context ctx) {
    Served now = served;
    Map<String, Boolean> parts = now == null ? Map.of("started", false) : new LinkedHashMap<>(now.health().get());
    boolean healthy = parts.values().stream().allMatch(Boolean::booleanValue);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", now == null ? "starting" : healthy ? "ok" : "unhealthy");
    body.put("checks", parts.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue() ? "ok" : "failing", (a, b) -> a, LinkedHashMap::new)));
    if (now != null) {
      body.putAll(now.health().details());
    }
    ctx.status(healthy ? 200 : 503).contentType("application/json").result(GSON.toJson(body));
  }

  /**
   * Feature pages sit behind secret links: keep them out of caches, referrers and search engines,
   * let them load nothing from elsewhere, and answer a bad link with a bare 404 that reveals nothing.
   */
  private void page(Context ctx) {
    Served now = served;
    Route route = now == null ? null : now.pages().get(ctx.pathParam("name"));
    Optional<Page> page = route == null ? Optional.empty() : route.page().apply(ctx.pathParam("parameter"));
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
