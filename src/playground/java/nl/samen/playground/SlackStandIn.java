package nl.samen.playground;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Slack's side of the playground on a loopback port: the Web API under {@code /api/}, response URLs
 * under {@code /response/} and file uploads under {@code /upload/}. Samen's SDK is pointed here.
 */
public final class SlackStandIn implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final String botToken;
  private final Conversations conversations;
  private final Handles handles;
  private final Traffic traffic;
  private final WebApiMethods methods;
  private final ResponseUrlPosts responses;

  public SlackStandIn(String botToken, Conversations conversations, OpenViews views, Handles handles,
      Traffic traffic) throws IOException {
    this.botToken = botToken;
    this.conversations = conversations;
    this.handles = handles;
    this.traffic = traffic;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.methods = new WebApiMethods(conversations, views, handles, id -> baseUrl() + "upload/" + id);
    this.responses = new ResponseUrlPosts(conversations);
    server.createContext("/api/", exchange -> HttpBodies.guarded(exchange, this::api));
    server.createContext("/response/", exchange -> HttpBodies.guarded(exchange, this::response));
    server.createContext("/upload/", exchange -> HttpBodies.guarded(exchange, this::upload));
    server.setExecutor(executor);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** What Samen's setting {@code SLACK_API_URL} points at. */
  public String apiUrl() {
    return baseUrl() + "api/";
  }

  public String responseUrl(Handles.ResponseTarget target) {
    return baseUrl() + "response/" + handles.newResponseKey(target);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = HttpBodies.read(exchange);
    JsonObject args = HttpBodies.arguments(exchange, body);
    String token = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
        .map(h -> h.replaceFirst("^Bearer ", "")).orElse(Json.string(args, "token"));
    JsonObject answer = botToken.equals(token) ? methods.call(method, args)
        : WebApiMethods.error(token == null ? "not_authed" : "invalid_auth");
    traffic.record(false, method, 200, body.isEmpty() ? args.toString() : decoded(body));
    HttpBodies.send(exchange, 200, "application/json; charset=utf-8", answer.toString());
  }

  private void response(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getPath().substring("/response/".length());
    String body = HttpBodies.read(exchange);
    Optional<Handles.ResponseTarget> target = handles.response(key);
    traffic.record(false, "response_url", target.isPresent() ? 200 : 404, body);
    if (target.isEmpty()) {
      HttpBodies.send(exchange, 404, "text/plain", "no_active_hooks");
      return;
    }
    responses.post(target.get(), JsonParser.parseString(body).getAsJsonObject());
    HttpBodies.send(exchange, 200, "application/json; charset=utf-8", "{\"ok\":true}");
  }

  private void upload(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/upload/".length());
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    Optional<StoredFile> file = conversations.file(id);
    traffic.record(false, "upload " + id, file.isPresent() ? 200 : 404, bytes.length + " bytes");
    if (file.isEmpty()) {
      HttpBodies.send(exchange, 404, "text/plain", "not found");
      return;
    }
    conversations.putFile(file.get().withContent(bytes));
    HttpBodies.send(exchange, 200, "text/plain", "OK - " + bytes.length);
  }

  private static String decoded(String body) {
    return URLDecoder.decode(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
