package nl.samen.playground;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.samen.testing.FormFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading and writing bodies on the JDK's HTTP server, for the page. */
final class HttpBodies {
  private static final Logger log = LoggerFactory.getLogger(HttpBodies.class);

  /** A request handler that may fail; a failure becomes a 500 with the reason. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private HttpBodies() {}

  static void guarded(HttpExchange exchange, Handler handler) throws IOException {
    try (exchange) {
      handler.handle(exchange);
    } catch (RuntimeException e) {
      log.warn("Playground request {} failed", exchange.getRequestURI(), e);
      send(exchange, 500, "text/plain; charset=utf-8", "The playground failed: " + e.getMessage());
    }
  }

  static String read(HttpExchange exchange) throws IOException {
    return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** A Web API call's arguments, from a JSON body or from form fields and the query, as one object. */
  static JsonObject arguments(HttpExchange exchange, String body) {
    String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    JsonObject args = new JsonObject();
    form(exchange.getRequestURI().getRawQuery(), args);
    if (type.startsWith("application/json") && !body.isBlank()) {
      JsonElement json = JsonParser.parseString(body);
      json.getAsJsonObject().entrySet().forEach(e -> args.add(e.getKey(), e.getValue()));
    } else {
      form(body, args);
    }
    return args;
  }

  static JsonObject json(String body) {
    return body.isBlank() ? new JsonObject() : JsonParser.parseString(body).getAsJsonObject();
  }

  private static void form(String encoded, JsonObject into) {
    FormFields.decode(encoded).forEach(into::addProperty);
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
