package nl.samen.playground;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sends to Samen's {@code /slack/events} what Slack would send: slash commands and interactivity as
 * form fields, events as JSON, every request signed with the signing secret and the wall-clock time
 * (Bolt checks the signature's age against real time, not the app's moved clock).
 */
public final class SlackSender {
  /** Samen's answer: the HTTP status and the body (the acknowledgement, e.g. an ephemeral reply). */
  public record Answer(int status, String body) {}

  private final Supplier<String> samenUrl;
  private final SlackSignature.Generator signer;
  private final Clock wallClock;
  private final Traffic traffic;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param samenUrl the running app's base URL, which changes when the playground is reset */
  public SlackSender(Supplier<String> samenUrl, String signingSecret, Clock wallClock, Traffic traffic) {
    this.samenUrl = samenUrl;
    this.signer = new SlackSignature.Generator(signingSecret);
    this.wallClock = wallClock;
    this.traffic = traffic;
  }

  /** {@code /samen <text>} typed by the person in the conversation. */
  public Answer command(Person user, String conversation, String text, String responseUrl, String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "playground-verification-token");
    form.put("team_id", Workspace.TEAM);
    form.put("team_domain", Workspace.TEAM_DOMAIN);
    form.put("channel_id", conversation);
    form.put("channel_name", conversation.equals(Workspace.CHANNEL) ? Workspace.CHANNEL_NAME : "directmessage");
    form.put("user_id", user.id());
    form.put("user_name", user.handle());
    form.put("command", "/samen");
    form.put("text", text);
    form.put("api_app_id", Workspace.APP);
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return post("/samen " + text, encode(form), "application/x-www-form-urlencoded");
  }

  /** A block_actions, view_submission or view_closed payload, as the form field {@code payload}. */
  public Answer interaction(JsonObject payload) {
    return post(Json.string(payload, "type"),
        "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded");
  }

  /** An Events API delivery ({@code event_callback}), as JSON. */
  public Answer event(JsonObject callback) {
    return post(Json.object(callback, "event").map(e -> Json.string(e, "type")).orElse("event"),
        callback.toString(), "application/json");
  }

  private Answer post(String name, String body, String contentType) {
    String timestamp = Long.toString(wallClock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(samenUrl.get() + "/slack/events"))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signer.generate(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    Answer answer;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      answer = new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      answer = new Answer(502, "Samen did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = new Answer(503, "Interrupted");
    }
    traffic.record(true, name, answer.status(), body.startsWith("payload=")
        ? java.net.URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8) : body);
    return answer;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
