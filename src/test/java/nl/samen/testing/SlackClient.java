package nl.samen.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to Samen's {@code /slack/events} the way Slack does: form-encoded and signed. */
public final class SlackClient {
  private final String url;
  private final String signingSecret;
  private final FakeSlackApi fake;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public SlackClient(String baseUrl, String signingSecret, FakeSlackApi fake) {
    this.url = baseUrl + "/slack/events";
    this.signingSecret = signingSecret;
    this.fake = fake;
  }

  /** What came back: the HTTP status and the body (Bolt's acknowledgement). */
  public record Answer(int status, String body) {
    public JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    /** The text and blocks of an ephemeral reply, as one string for assertions. */
    public String visible() {
      if (body.isBlank()) {
        return "";
      }
      JsonObject json = json();
      return (json.has("text") ? json.get("text").getAsString() : "") + "\n"
          + (json.has("blocks") ? json.get("blocks").toString() : "");
    }
  }

  public Answer command(String user, String channel, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-token");
    form.put("team_id", FakeSlackApi.TEAM);
    form.put("team_domain", "samen-test");
    form.put("channel_id", channel);
    form.put("channel_name", "netwerk");
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase());
    form.put("command", "/samen");
    form.put("text", text);
    form.put("api_app_id", "A0SAMEN");
    form.put("is_enterprise_install", "false");
    form.put("response_url", fake.responseUrl());
    form.put("trigger_id", "trigger." + System.nanoTime());
    return post(encode(form));
  }

  /** A click on a button with this action id and value, in a message in {@code channel}. */
  public Answer click(String user, String channel, String actionId, String value) {
    JsonObject payload = base("block_actions", user);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", "1700000000.000100");
    container.addProperty("channel_id", channel);
    payload.add("container", container);
    JsonObject ch = new JsonObject();
    ch.addProperty("id", channel);
    ch.addProperty("name", "netwerk");
    payload.add("channel", ch);
    payload.addProperty("response_url", fake.responseUrl());
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "block");
    action.addProperty("value", value);
    action.addProperty("action_ts", "1700000000.000200");
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
  }

  /** A modal submitted with these state values ({@code block_id → action_id → value object}). */
  public Answer submit(String user, String callbackId, String privateMetadata, JsonObject values) {
    JsonObject payload = base("view_submission", user);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0MODAL");
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata);
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    payload.add("view", view);
    return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
  }

  private static JsonObject base(String type, String user) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", type);
    JsonObject team = new JsonObject();
    team.addProperty("id", FakeSlackApi.TEAM);
    team.addProperty("domain", "samen-test");
    payload.add("team", team);
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("username", user.toLowerCase());
    u.addProperty("team_id", FakeSlackApi.TEAM);
    payload.add("user", u);
    payload.addProperty("api_app_id", "A0SAMEN");
    payload.addProperty("token", "legacy-token");
    payload.addProperty("trigger_id", "trigger." + System.nanoTime());
    return payload;
  }

  /** Signs the body with the secret and the current time, as Slack does, and posts it. */
  public Answer post(String body) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return postSigned(body, timestamp, new SlackSignature.Generator(signingSecret).generate(timestamp, body));
  }

  /** Posts with exactly these signature headers (null leaves a header out): for the 401 cases. */
  public Answer postSigned(String body, String timestamp, String signature) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
