package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The interactivity payloads Slack sends when a person clicks, chooses or submits, with the fields
 * Slack fills: team, user, trigger_id, container, channel and message (for messages), the view with
 * its {@code state.values} (for views), response_url where Slack gives one, and the actions.
 */
final class Payloads {
  private Payloads() {}

  /** A click or choice in a message; an ephemeral message carries no copy of itself, as in Slack. */
  static JsonObject messageAction(Person user, Message message, JsonObject action, String triggerId,
      String responseUrl, Instant now) {
    JsonObject payload = base("block_actions", user, triggerId);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", message.ts());
    container.addProperty("channel_id", message.conversation());
    container.addProperty("is_ephemeral", message.kind() != Message.Kind.BOT);
    payload.add("container", container);
    payload.add("channel", channel(message.conversation()));
    if (message.kind() == Message.Kind.BOT) {
      payload.add("message", message.asSlackSends());
    }
    payload.add("state", state(new JsonObject()));
    payload.addProperty("response_url", responseUrl);
    payload.add("actions", actions(action, now));
    return payload;
  }

  /** A click or choice in a modal or an App Home: no channel, no response_url, the view instead. */
  static JsonObject viewAction(Person user, OpenView view, JsonObject action, JsonObject values,
      String triggerId, Instant now) {
    JsonObject payload = base("block_actions", user, triggerId);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", view.id());
    payload.add("container", container);
    payload.add("view", view(view, values));
    payload.add("actions", actions(action, now));
    return payload;
  }

  static JsonObject viewSubmission(Person user, OpenView view, JsonObject values, String triggerId) {
    JsonObject payload = base("view_submission", user, triggerId);
    payload.add("view", view(view, values));
    payload.add("response_urls", new JsonArray());
    return payload;
  }

  static JsonObject viewClosed(Person user, OpenView view) {
    JsonObject payload = base("view_closed", user, null);
    payload.remove("trigger_id");
    payload.add("view", view(view, new JsonObject()));
    payload.addProperty("is_cleared", false);
    return payload;
  }

  /** The action object: the element's own fields (text, value, style) plus what was chosen. */
  static JsonObject action(JsonObject element, String blockId, List<String> chosen) {
    JsonObject action = ElementValues.typed(element, chosen);
    action.addProperty("action_id", Json.string(element, "action_id"));
    action.addProperty("block_id", blockId);
    for (String field : List.of("text", "value", "style", "placeholder")) {
      if (element.has(field) && !action.has(field)) {
        action.add(field, element.get(field).deepCopy());
      }
    }
    return action;
  }

  private static JsonArray actions(JsonObject action, Instant now) {
    JsonObject copy = action.deepCopy();
    copy.addProperty("action_ts", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
    JsonArray actions = new JsonArray();
    actions.add(copy);
    return actions;
  }

  private static JsonObject view(OpenView open, JsonObject values) {
    JsonObject view = open.view().deepCopy();
    view.addProperty("id", open.id());
    view.addProperty("team_id", Workspace.TEAM);
    view.addProperty("app_id", Workspace.APP);
    view.addProperty("bot_id", Workspace.BOT_ID);
    view.addProperty("root_view_id", open.id());
    view.addProperty("hash", Integer.toHexString(open.view().hashCode()));
    for (String field : List.of("private_metadata", "callback_id", "external_id")) {
      if (!view.has(field)) {
        view.addProperty(field, "");
      }
    }
    view.add("state", state(values));
    return view;
  }

  private static JsonObject state(JsonObject values) {
    JsonObject state = new JsonObject();
    state.add("values", values);
    return state;
  }

  private static JsonObject channel(String conversation) {
    JsonObject channel = new JsonObject();
    channel.addProperty("id", conversation);
    channel.addProperty("name", conversation.equals(Workspace.CHANNEL) ? Workspace.CHANNEL_NAME : "directmessage");
    return channel;
  }

  private static JsonObject base(String type, Person user, String triggerId) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", type);
    JsonObject team = new JsonObject();
    team.addProperty("id", Workspace.TEAM);
    team.addProperty("domain", Workspace.TEAM_DOMAIN);
    payload.add("team", team);
    JsonObject person = new JsonObject();
    person.addProperty("id", user.id());
    person.addProperty("username", user.handle());
    person.addProperty("name", user.handle());
    person.addProperty("team_id", Workspace.TEAM);
    payload.add("user", person);
    payload.addProperty("api_app_id", Workspace.APP);
    payload.addProperty("token", "playground-verification-token");
    payload.addProperty("trigger_id", triggerId);
    payload.addProperty("is_enterprise_install", false);
    payload.add("enterprise", null);
    return payload;
  }

  /** The app_home_opened event inside Slack's event_callback envelope. */
  static JsonObject homeOpened(Person user, Optional<OpenView> home, String eventId, Instant now) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", user.id());
    event.addProperty("channel", Workspace.directMessage(user.id()));
    event.addProperty("tab", "home");
    event.addProperty("event_ts", now.getEpochSecond() + ".000100");
    home.ifPresent(h -> event.add("view", view(h, new JsonObject())));
    JsonObject body = new JsonObject();
    body.addProperty("token", "playground-verification-token");
    body.addProperty("team_id", Workspace.TEAM);
    body.addProperty("api_app_id", Workspace.APP);
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", eventId);
    body.addProperty("event_time", now.getEpochSecond());
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", Workspace.TEAM);
    authorization.addProperty("user_id", Workspace.BOT_USER);
    authorization.addProperty("is_bot", true);
    authorization.addProperty("is_enterprise_install", false);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    body.add("authorizations", authorizations);
    body.addProperty("is_ext_shared_channel", false);
    return body;
  }
}
