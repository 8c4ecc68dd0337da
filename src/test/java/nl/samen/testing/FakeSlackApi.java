package nl.samen.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one stand-in for Slack, of the tests and the playground, on a loopback port: the Web API under
 * {@code /api/}, response URLs under {@code /response/}, file uploads under {@code /upload/}. It
 * records every call the bot makes, can be told to fail, refuse, rate-limit or delay calls, and
 * otherwise answers through its {@link SlackAnswers}: the tests' fixed ones, or the playground's.
 */
public final class FakeSlackApi implements AutoCloseable {
  public static final String TEAM = "T0SAMEN";
  public static final String BOT_USER = "U0BOT";

  /**
   * One recorded call: the method (or {@code response_url}, {@code upload}), its arguments, for JSON
   * its body, when it arrived (wall clock), and the token it carried.
   */
  public record Call(String method, Map<String, String> params, JsonObject json, String body, Instant at,
      Optional<String> token) {
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

    /** The same call recorded under another name, e.g. {@code chat.postMessage:failed}. */
    Call as(String name) {
      return new Call(name, params, json, body, at, token);
    }

    /** Text and blocks together, for asserting on what a person sees. */
    public String visible() {
      return String.valueOf(param("text")) + "\n" + String.valueOf(param("blocks")) + "\n"
          + String.valueOf(param("view"));
    }
  }

  /** Told of every call as it is answered, with the HTTP status (e.g. the playground's traffic list). */
  @FunctionalInterface
  public interface Listener {
    void answered(Call call, int status);
  }

  private final HttpServer server;
  /** Room for every sender of three instances (the cluster test) while Slack holds its answers. */
  private final ExecutorService executor = Executors.newFixedThreadPool(32);
  private final SlackAnswers answers;
  private final SlackFaults faults = new SlackFaults();
  private final FakeExchanges exchanges;

  /** The tests' Slack: every call succeeds, with the users and members the test sets up. */
  public FakeSlackApi() throws IOException {
    this(FixedAnswers::new);
  }

  /** @param answers builds the answers from the fake's base URL (for the URLs they hand out) */
  public FakeSlackApi(Function<String, SlackAnswers> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    this.answers = answers.apply(baseUrl());
    this.exchanges = new FakeExchanges(this.answers, faults);
    server.createContext("/", exchanges::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public String apiUrl() {
    return baseUrl() + "api/";
  }

  /** A response_url Samen may post to; the posts are recorded as method {@code response_url}. */
  public String responseUrl() {
    return fixed().responseUrl();
  }

  public void user(String id, String locale) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("name", id.toLowerCase());
    user.addProperty("locale", locale);
    user.addProperty("is_bot", false);
    fixed().user(user);
  }

  public void bot(String id) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("is_bot", true);
    fixed().user(user);
  }

  public void channelMembers(String channel, String... members) {
    fixed().channelMembers(channel, List.of(members));
  }

  /**
   * A workspace that can install Samen: Slack's redirect brings {@code code}, and oauth.v2.access
   * answers it with this team's bot token (once, as Slack does).
   */
  public void installable(String code, String teamId, String botToken, String botUserId) {
    fixed().installable(code, teamId, botToken, botUserId);
  }

  public void socketModeUrl(String url) {
    fixed().socketModeUrl(url);
  }

  /** The next {@code times} calls of {@code method} fail with this HTTP status. */
  public void failNext(String method, int status, int times, Optional<Duration> retryAfter) {
    faults.failNext(method, status, times, retryAfter);
  }

  /** Every call of {@code method} is refused as Slack refuses: HTTP 200 with {@code "ok": false}. */
  public void refuse(String method, String error) {
    faults.refuse(method, error);
  }

  /**
   * Like Slack: a chat.postMessage to a channel sooner than {@code interval} after the last one that
   * was accepted there gets HTTP 429 with Retry-After (recorded as {@code chat.postMessage:ratelimited}).
   */
  public void limitPostsPerChannel(Duration interval) {
    faults.limitPostsPerChannel(interval);
  }

  /**
   * Like a slow Slack: calls of {@code method} that match are recorded (Slack has them) and
   * answered only after {@code delay}, by when the app may have given up waiting.
   */
  public void delay(String method, Predicate<Call> which, Duration delay) {
    faults.delay(method, which, delay);
  }

  /** Ends all delays, also of answers still waiting. */
  public void noDelays() {
    faults.noDelays();
  }

  /** Keeps only the last {@code count} calls (the playground runs for hours). */
  public void keepCalls(int count) {
    exchanges.keepCalls(count);
  }

  public void onCall(Listener listener) {
    exchanges.onCall(listener);
  }

  /** The bytes of the files uploaded so far, in order. */
  public List<byte[]> uploadedBytes() {
    return exchanges.uploadedBytes();
  }

  public List<Call> calls() {
    return exchanges.calls();
  }

  public List<Call> calls(String method) {
    return calls().stream().filter(c -> c.method().equals(method)).toList();
  }

  /** What the fake answered to a recorded Web API call, e.g. the {@code ts} of a posted message. */
  public JsonObject response(Call call) {
    return exchanges.response(call);
  }

  public void clear() {
    exchanges.clear();
  }

  /** Waits (briefly, polling) until a call matching the test has been recorded, and returns it. */
  public Call await(String method, Predicate<Call> test) {
    return Await.value(() -> "a " + method + " call that matched. Calls: " + calls(), Duration.ofSeconds(10),
        () -> calls(method).stream().filter(test).findFirst());
  }

  /** Waits until {@code count} calls of the method matched the test. */
  public List<Call> awaitCount(String method, Predicate<Call> test, int count) {
    return Await.value(() -> count + " " + method + " calls. Got: " + calls(method).stream().filter(test).toList(),
        Duration.ofSeconds(15), () -> Optional.of(calls(method).stream().filter(test).toList())
            .filter(found -> found.size() >= count));
  }

  private FixedAnswers fixed() {
    if (answers instanceof FixedAnswers fixed) {
      return fixed;
    }
    throw new IllegalStateException("This fake answers as the playground's workspace; set that up instead");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // ends delayed answers still waiting
  }
}
