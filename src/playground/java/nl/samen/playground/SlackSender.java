package nl.samen.playground;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.samen.testing.SignedRequests;
import nl.samen.testing.SlackClient;

/**
 * Sends to Samen's {@code /slack/events} what Slack would send: slash commands and interactivity as
 * form fields, events as JSON, every request signed as the tests sign theirs ({@link SignedRequests}).
 */
public final class SlackSender {
  /** Samen's answer: the HTTP status and the body (the acknowledgement, e.g. an ephemeral reply). */
  public record Answer(int status, String body) {}

  private final Supplier<String> samenUrl;
  private final SignedRequests requests;
  private final Traffic traffic;

  /** @param samenUrl the running app's base URL, which changes when the playground is reset */
  public SlackSender(Supplier<String> samenUrl, String signingSecret, Traffic traffic) {
    this.samenUrl = samenUrl;
    this.requests = new SignedRequests(signingSecret);
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
    return post("/samen " + text, SlackClient.encode(form), "application/x-www-form-urlencoded");
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
    Answer answer;
    try {
      HttpResponse<String> response = requests.post(samenUrl.get() + "/slack/events", contentType, body, Map.of());
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
}
