package nl.samen.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to Samen's {@code /slack/events} the way Slack does: form-encoded and signed. */
public final class SlackClient {
  private static final String FORM = "application/x-www-form-urlencoded";
  private final String url;
  private final SignedRequests requests;
  private final FakeSlackApi fake;
  private final String team;
  private final String userTeam;
  private final String viewTeam;

  public SlackClient(String baseUrl, String signingSecret, FakeSlackApi fake) {
    this(baseUrl + "/slack/events", new SignedRequests(signingSecret), fake, FakeSlackApi.TEAM, FakeSlackApi.TEAM,
        FakeSlackApi.TEAM);
  }

  private SlackClient(String url, SignedRequests requests, FakeSlackApi fake, String team, String userTeam,
      String viewTeam) {
    this.url = url;
    this.requests = requests;
    this.fake = fake;
    this.team = team;
    this.userTeam = userTeam;
    this.viewTeam = viewTeam;
  }

  /**
   * Requests as Slack sends them for a person of {@code userTeam} through the installation of
   * {@code team}: the payload's team and an event's authorization are {@code team}, the person's own
   * team and an event's top-level team id are {@code userTeam} (they differ in a shared channel).
   */
  public SlackClient as(String team, String userTeam) {
    return new SlackClient(url, requests, fake, team, userTeam, team);
  }

  /** Views (modals, the App Home) as opened by the installation of {@code installedTeam}. */
  public SlackClient inViewsOf(String installedTeam) {
    return new SlackClient(url, requests, fake, team, userTeam, installedTeam);
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
    form.put("team_id", team);
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
    return postAction(payload, actionId, value);
  }

  /** A modal submitted with these state values ({@code block_id → action_id → value object}). */
  public Answer submit(String user, String callbackId, String privateMetadata, JsonObject values) {
    JsonObject payload = base("view_submission", user);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0MODAL");
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata);
    view.addProperty("app_installed_team_id", viewTeam);
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    payload.add("view", view);
    return post("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
  }

  private JsonObject base(String type, String user) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", type);
    JsonObject team = new JsonObject();
    team.addProperty("id", this.team);
    team.addProperty("domain", "samen-test");
    payload.add("team", team);
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("username", user.toLowerCase());
    u.addProperty("team_id", userTeam);
    payload.add("user", u);
    payload.addProperty("api_app_id", "A0SAMEN");
    payload.addProperty("token", "legacy-token");
    payload.addProperty("trigger_id", "trigger." + System.nanoTime());
    return payload;
  }

  /** Signs the body with the secret and the current time, as Slack does, and posts it. */
  public Answer post(String body) {
    return send(() -> requests.post(url, FORM, body, Map.of()));
  }

  /** Posts with exactly these signature headers (null leaves a header out): for the 401 cases. */
  public Answer postSigned(String body, String timestamp, String signature) {
    return send(() -> requests.postWith(url, FORM, body, timestamp, signature, Map.of()));
  }

  /**
   * An Events API delivery, as Slack sends it: JSON, signed, {@code event_callback} around the event.
   * {@code retryNum} above 0 adds Slack's retry header, as on a redelivery of the same event id.
   */
  public Answer event(String eventId, JsonObject event, int retryNum) {
    JsonObject body = new JsonObject();
    body.addProperty("token", "legacy-token");
    body.addProperty("team_id", userTeam);
    JsonObject authorization = new JsonObject();
    authorization.add("enterprise_id", com.google.gson.JsonNull.INSTANCE);
    authorization.addProperty("team_id", team);
    authorization.addProperty("user_id", FakeSlackApi.BOT_USER);
    authorization.addProperty("is_bot", true);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    body.add("authorizations", authorizations);
    body.addProperty("api_app_id", "A0SAMEN");
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", eventId);
    body.addProperty("event_time", System.currentTimeMillis() / 1000);
    Map<String, String> retry = retryNum > 0
        ? Map.of("X-Slack-Retry-Num", Integer.toString(retryNum), "X-Slack-Retry-Reason", "http_timeout")
        : Map.of();
    return send(() -> requests.post(url, "application/json", body.toString(), retry));
  }

  /** {@code app_home_opened} for the Home tab, as Slack sends it when someone opens the app. */
  public Answer homeOpened(String user, String eventId) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", user);
    event.addProperty("channel", "D" + user);
    event.addProperty("tab", "home");
    event.addProperty("event_ts", "1700000000.000300");
    return event(eventId, event, 0);
  }

  /**
   * A click on a button in the user's App Home: Slack sends no channel and no response_url then,
   * only the view the button is in.
   */
  public Answer clickInHome(String user, String actionId, String value) {
    JsonObject payload = base("block_actions", user);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V0HOME");
    payload.add("container", container);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0HOME");
    view.addProperty("type", "home");
    view.addProperty("app_installed_team_id", viewTeam);
    payload.add("view", view);
    return postAction(payload, actionId, value);
  }

  private Answer postAction(JsonObject payload, String actionId, String value) {
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

  /** A request that may fail in transport. */
  @FunctionalInterface
  private interface Request {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  private Answer send(Request request) {
    try {
      HttpResponse<String> response = request.send();
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
