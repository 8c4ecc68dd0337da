package nl.samen.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One request to {@link FakeSlackApi}, read once: its method, arguments, body and bot token. */
record FakeRequest(String path, String method, FakeSlackApi.Call call, byte[] raw, Optional<String> token) {

  static FakeRequest read(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String body = new String(raw, StandardCharsets.UTF_8);
    String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    Map<String, String> params = new LinkedHashMap<>();
    JsonObject json = null;
    if (contentType.startsWith("application/json") && !body.isBlank()) {
      json = JsonParser.parseString(body).getAsJsonObject();
    } else if (!path.startsWith("/upload/")) {
      params.putAll(FormFields.decode(body));
    }
    if (!path.startsWith("/upload/") && exchange.getRequestURI().getRawQuery() != null) {
      params.putAll(FormFields.decode(exchange.getRequestURI().getRawQuery()));
    }
    String method = path.startsWith("/response/") ? "response_url"
        : path.startsWith("/upload/") ? "upload" : path.replaceFirst("^/api/", "");
    Optional<String> token = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
        .map(h -> h.replaceFirst("^Bearer ", ""))
        .or(() -> Optional.ofNullable(params.get("token")));
    FakeSlackApi.Call call = new FakeSlackApi.Call(method, params, json, body, Instant.now(), token);
    return new FakeRequest(path, method, call, raw, token);
  }

  /** The Web API arguments as one object: form fields and query as strings, a JSON body as it came. */
  JsonObject arguments() {
    JsonObject args = new JsonObject();
    call.params().forEach(args::addProperty);
    if (call.json() != null) {
      call.json().entrySet().forEach(e -> args.add(e.getKey(), e.getValue()));
    }
    return args;
  }
}
