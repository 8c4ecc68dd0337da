package nl.samen.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A stand-in for Slack's Web API on a loopback port. It records every call the bot makes (and every
 * post to a response_url), answers like Slack does, and can be told to answer 429 or 500 for a method.
 */
public final class FakeSlackApi implements AutoCloseable {
  public static final String TEAM = "T0SAMEN";
  public static final String BOT_USER = "U0BOT";

  /**
   * One recorded call: the method (or {@code response_url}), its arguments, for JSON its body, and
   * when it arrived (wall clock).
   */
  public record Call(String method, Map<String, String> params, JsonObject json, String body, Instant at) {
    public String param(String name) {
      if (params.containsKey(name)) {
        return params.get(name);
      }
      JsonElement element = json == null ? null : json.get(name);
      return element == null || element.isJsonNull() ? null
          : element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    public String channel() {
      return param("channel");
    }

    public String text() {
      return param("text");
    }

    /** Text and blocks together, for asserting on what a person sees. */
    public String visible() {
      return String.valueOf(param("text")) + "\n" + String.valueOf(param("blocks")) + "\n"
          + String.valueOf(param("view"));
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  /** The exact bytes of each file upload, in order: a binary file does not survive {@link Call#body}. */
  private final List<byte[]> uploadedBytes = new CopyOnWriteArrayList<>();
  private final Map<Call, JsonObject> responses = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
  private final Map<String, List<String>> channelMembers = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
  private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
  private volatile String socketModeUrl = "ws://127.0.0.1:9/link";
  private volatile Duration postInterval;
  private final Map<String, Long> lastPost = new HashMap<>();

  private record Failure(int status, Optional<Duration> retryAfter) {}

  private record Delay(Predicate<Call> which, Duration delay) {}

  private final Map<String, Delay> delays = new ConcurrentHashMap<>();
  private volatile CountDownLatch delaysEnd = new CountDownLatch(1);
  private final ExecutorService executor = Executors.newFixedThreadPool(8);

  public FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response_url Samen may post to; the posts are recorded as method {@code response_url}. */
  public String responseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + ts.incrementAndGet();
  }

  public void user(String id, String locale) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("name", id.toLowerCase());
    user.addProperty("locale", locale);
    user.addProperty("is_bot", false);
    users.put(id, user);
  }

  public void bot(String id) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("is_bot", true);
    users.put(id, user);
  }

  public void channelMembers(String channel, String... members) {
    channelMembers.put(channel, List.of(members));
  }

  public void socketModeUrl(String url) {
    this.socketModeUrl = url;
  }

  /** The next {@code times} calls of {@code method} fail with this HTTP status. */
  public void failNext(String method, int status, int times, Optional<Duration> retryAfter) {
    Deque<Failure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < times; i++) {
        queue.add(new Failure(status, retryAfter));
      }
    }
  }

  /** Every call of {@code method} is refused as Slack refuses: HTTP 200 with {@code "ok": false}. */
  public void refuse(String method, String error) {
    refusals.put(method, error);
  }

  /**
   * Like Slack: a chat.postMessage to a channel sooner than {@code interval} after the last one that
   * was accepted there gets HTTP 429 with Retry-After (recorded as {@code chat.postMessage:ratelimited}).
   */
  public void limitPostsPerChannel(Duration interval) {
    this.postInterval = interval;
  }

  /** The bytes of the files uploaded so far, in order. */
  public List<byte[]> uploadedBytes() {
    return List.copyOf(uploadedBytes);
  }

  /**
   * Like a slow Slack: calls of {@code method} that match are recorded (Slack has them) and
   * answered only after {@code delay}, by when the app may have given up waiting.
   */
  public void delay(String method, Predicate<Call> which, Duration delay) {
    delays.put(method, new Delay(which, delay));
  }

  /** Ends all delays, also of answers still waiting. */
  public void noDelays() {
    delays.clear();
    CountDownLatch ending = delaysEnd;
    delaysEnd = new CountDownLatch(1);
    ending.countDown();
  }

  public List<Call> calls() {
    return new ArrayList<>(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** What the fake answered to a recorded call, e.g. the {@code ts} of a posted message. */
  public JsonObject response(Call call) {
    return responses.get(call);
  }

  public void clear() {
    calls.clear();
  }

  /** Waits (briefly, polling) until a call matching the test has been recorded, and returns it. */
  public Call await(String method, Predicate<Call> test) {
    return Await.value(() -> "a " + method + " call that matched. Calls: " + calls, Duration.ofSeconds(10),
        () -> calls(method).stream().filter(test).findFirst());
  }

  /** Waits until {@code count} calls of the method matched the test. */
  public List<Call> awaitCount(String method, Predicate<Call> test, int count) {
    return Await.value(() -> count + " " + method + " calls. Got: " + calls(method).stream().filter(test).toList(),
        Duration.ofSeconds(15), () -> Optional.of(calls(method).stream().filter(test).toList())
            .filter(found -> found.size() >= count));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String body = new String(raw, StandardCharsets.UTF_8);
    String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    Map<String, String> params = new LinkedHashMap<>();
    JsonObject json = null;
    if (contentType.startsWith("application/json") && !body.isBlank()) {
      json = JsonParser.parseString(body).getAsJsonObject();
    } else if (!path.startsWith("/upload/")) {
      params.putAll(form(body));
      if (exchange.getRequestURI().getRawQuery() != null) {
        params.putAll(form(exchange.getRequestURI().getRawQuery()));
      }
    }
    String method = path.startsWith("/response/") ? "response_url"
        : path.startsWith("/upload/") ? "upload" : path.replaceFirst("^/api/", "");
    Deque<Failure> queue = failures.get(method);
    Failure failure = null;
    if (queue != null) {
      synchronized (queue) {
        failure = queue.poll();
      }
    }
    String refusal = refusals.get(method);
    if (refusal != null) {
      calls.add(new Call(method + ":refused", params, json, body, Instant.now()));
      respond(exchange, 200, "{\"ok\":false,\"error\":\"" + refusal + "\"}");
      return;
    }
    if (failure != null) {
      calls.add(new Call(method + ":failed", params, json, body, Instant.now()));
      failure.retryAfter().ifPresent(d -> exchange.getResponseHeaders().add("Retry-After", Long.toString(d.toSeconds())));
      respond(exchange, failure.status(), "{\"ok\":false,\"error\":\"" + (failure.status() == 429 ? "ratelimited" : "internal_error") + "\"}");
      return;
    }
    if (tooSoon(method, params)) {
      calls.add(new Call(method + ":ratelimited", params, json, body, Instant.now()));
      exchange.getResponseHeaders().add("Retry-After", "1");
      respond(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    Call call = new Call(method, params, json, body, Instant.now());
    if (method.equals("upload")) {
      uploadedBytes.add(raw);
    }
    JsonObject answer = answer(method, params, json);
    responses.put(call, answer);
    calls.add(call);
    Delay delay = delays.get(method);
    if (delay != null && delay.which().test(call)) {
      try {
        delaysEnd.await(delay.delay().toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.close();
        return;
      }
    }
    respond(exchange, 200, answer.toString());
  }

  private boolean tooSoon(String method, Map<String, String> params) {
    Duration interval = postInterval;
    if (interval == null || !method.equals("chat.postMessage")) {
      return false;
    }
    long now = System.nanoTime();
    synchronized (lastPost) {
      Long last = lastPost.get(params.get("channel"));
      if (last != null && now - last < interval.toNanos()) {
        return true;
      }
      lastPost.put(params.get("channel"), now);
      return false;
    }
  }

  private JsonObject answer(String method, Map<String, String> params, JsonObject json) {
    JsonObject out = new JsonObject();
    out.addProperty("ok", true);
    switch (method) {
      case "auth.test" -> {
        out.addProperty("url", "https://samen-test.slack.com/");
        out.addProperty("team", "Samen test");
        out.addProperty("user", "samen");
        out.addProperty("team_id", TEAM);
        out.addProperty("user_id", BOT_USER);
        out.addProperty("bot_id", "B0BOT");
      }
      case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
        String channel = params.getOrDefault("channel", json == null || json.get("channel") == null ? "" : json.get("channel").getAsString());
        out.addProperty("channel", channel);
        out.addProperty("ts", method.equals("chat.update") ? params.get("ts") : nextTs());
        out.addProperty("message_ts", nextTs());
      }
      case "users.info" -> {
        JsonObject user = users.get(params.get("user"));
        if (user == null) {
          user = new JsonObject();
          user.addProperty("id", params.get("user"));
          user.addProperty("is_bot", false);
        }
        out.add("user", user);
      }
      case "conversations.members" -> {
        var members = new com.google.gson.JsonArray();
        channelMembers.getOrDefault(params.get("channel"), List.of()).forEach(members::add);
        out.add("members", members);
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", "");
        out.add("response_metadata", meta);
      }
      case "apps.connections.open" -> out.addProperty("url", socketModeUrl);
      case "conversations.open" -> {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "D" + params.getOrDefault("users", "UNKNOWN"));
        out.add("channel", channel);
      }
      case "views.open", "views.publish", "views.update" -> {
        JsonObject view = new JsonObject();
        view.addProperty("id", "V" + nextTs());
        out.add("view", view);
      }
      case "files.getUploadURLExternal" -> {
        out.addProperty("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + nextTs());
        out.addProperty("file_id", "F" + nextTs());
      }
      case "files.completeUploadExternal" -> {
        var files = new com.google.gson.JsonArray();
        JsonObject file = new JsonObject();
        file.addProperty("id", "F" + nextTs());
        file.addProperty("title", "file");
        files.add(file);
        out.add("files", files);
      }
      default -> { }
    }
    return out;
  }

  private String nextTs() {
    long value = ts.incrementAndGet();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body == null || body.isBlank()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // ends delayed answers still waiting
  }
}
