package nl.samen.playground;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The playground's page on loopback: the static page from {@code resources/playground/}, the JSON
 * endpoints it talks to (under {@code /ui/}, see {@link PageActions}), and downloads of the bot's files.
 */
final class PageServer implements AutoCloseable {
  private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]*\\.(html|css|js|svg)");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Playground playground;

  PageServer(int port, Playground playground) throws IOException {
    this.playground = playground;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    PageActions actions = new PageActions(playground);
    server.createContext("/", exchange -> HttpBodies.guarded(exchange, this::asset));
    server.createContext("/ui/", exchange -> HttpBodies.guarded(exchange, actions::handle));
    server.createContext("/files/", exchange -> HttpBodies.guarded(exchange, this::file));
    server.setExecutor(executor);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void asset(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String name = path.equals("/") ? "index.html" : path.substring(1);
    if (!ASSET.matcher(name).matches()) {
      HttpBodies.send(exchange, 404, "text/plain", "Not found");
      return;
    }
    try (InputStream in = PageServer.class.getResourceAsStream("/playground/" + name)) {
      if (in == null) {
        HttpBodies.send(exchange, 404, "text/plain", "Not found");
        return;
      }
      HttpBodies.send(exchange, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), in.readAllBytes());
    }
  }

  private void file(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/files/".length());
    Optional<StoredFile> file = playground.conversations().file(id);
    if (file.isEmpty()) {
      HttpBodies.send(exchange, 404, "text/plain", "No such file");
      return;
    }
    exchange.getResponseHeaders().set("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(file.get().name(), StandardCharsets.UTF_8).replace("+", "%20"));
    HttpBodies.send(exchange, 200, contentType(file.get().name()), file.get().content());
  }

  private static String contentType(String name) {
    String lower = name.toLowerCase();
    return lower.endsWith(".md") ? "text/markdown; charset=utf-8"
        : lower.endsWith(".csv") ? "text/csv; charset=utf-8"
        : lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : lower.endsWith(".html") ? "text/html; charset=utf-8"
        : lower.endsWith(".ics") ? "text/calendar; charset=utf-8"
        : lower.endsWith(".pdf") ? "application/pdf"
        : "application/octet-stream";
  }

  static JsonObject ok() {
    JsonObject out = new JsonObject();
    out.addProperty("ok", true);
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
