package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;

/** Answers Slack's questions about the workspace (who is who, who is in a channel) from {@link Workspace}. */
final class WorkspaceDirectory {
  private WorkspaceDirectory() {}

  /** The network channel, a person's id (their DM) or a DM id. */
  static boolean knows(String channel) {
    return channel != null && (channel.equals(Workspace.CHANNEL) || Workspace.dmOwner(channel).isPresent());
  }

  static JsonObject userInfo(String userId) {
    if (Workspace.BOT_USER.equals(userId)) {
      JsonObject out = WebApiMethods.ok();
      JsonObject bot = new JsonObject();
      bot.addProperty("id", Workspace.BOT_USER);
      bot.addProperty("team_id", Workspace.TEAM);
      bot.addProperty("name", "samen");
      bot.addProperty("is_bot", true);
      bot.addProperty("is_app_user", false);
      bot.addProperty("deleted", false);
      out.add("user", bot);
      return out;
    }
    Optional<Person> person = Workspace.person(userId);
    if (person.isEmpty()) {
      return WebApiMethods.error("user_not_found");
    }
    JsonObject out = WebApiMethods.ok();
    out.add("user", user(person.get()));
    return out;
  }

  static JsonObject userList() {
    JsonArray members = new JsonArray();
    Workspace.PEOPLE.forEach(p -> members.add(user(p)));
    members.add(userInfo(Workspace.BOT_USER).getAsJsonObject("user"));
    JsonObject out = WebApiMethods.ok();
    out.add("members", members);
    out.add("response_metadata", noMorePages());
    return out;
  }

  static JsonObject members(String channel) {
    JsonArray members = new JsonArray();
    if (Workspace.CHANNEL.equals(channel)) {
      Workspace.PEOPLE.forEach(p -> members.add(p.id()));
    } else if (channel != null && Workspace.dmOwner(channel).isPresent()) {
      members.add(Workspace.dmOwner(channel).get());
    } else {
      return WebApiMethods.error("channel_not_found");
    }
    members.add(Workspace.BOT_USER);
    JsonObject out = WebApiMethods.ok();
    out.add("members", members);
    out.add("response_metadata", noMorePages());
    return out;
  }

  static JsonObject conversationInfo(String channel) {
    if (!knows(channel)) {
      return WebApiMethods.error("channel_not_found");
    }
    boolean network = Workspace.CHANNEL.equals(channel);
    JsonObject info = new JsonObject();
    info.addProperty("id", network ? channel : Conversations.conversationOf(channel));
    info.addProperty("name", network ? Workspace.CHANNEL_NAME : "directmessage");
    info.addProperty("is_channel", network);
    info.addProperty("is_im", !network);
    info.addProperty("is_member", true);
    JsonObject out = WebApiMethods.ok();
    out.add("channel", info);
    return out;
  }

  /** conversations.open with one person: their DM with the bot. */
  static JsonObject openDm(String users) {
    String user = users == null ? "" : users.split(",")[0].trim();
    if (Workspace.person(user).isEmpty()) {
      return WebApiMethods.error("user_not_found");
    }
    JsonObject channel = new JsonObject();
    channel.addProperty("id", Workspace.directMessage(user));
    JsonObject out = WebApiMethods.ok();
    out.add("channel", channel);
    return out;
  }

  private static JsonObject user(Person person) {
    JsonObject user = new JsonObject();
    user.addProperty("id", person.id());
    user.addProperty("team_id", Workspace.TEAM);
    user.addProperty("name", person.handle());
    user.addProperty("real_name", person.name());
    user.addProperty("tz", "Europe/Amsterdam");
    user.addProperty("locale", person.locale());
    user.addProperty("is_bot", false);
    user.addProperty("is_app_user", false);
    user.addProperty("deleted", false);
    JsonObject profile = new JsonObject();
    profile.addProperty("real_name", person.name());
    profile.addProperty("display_name", person.name().split(" ")[0]);
    user.add("profile", profile);
    return user;
  }

  private static JsonObject noMorePages() {
    JsonObject meta = new JsonObject();
    meta.addProperty("next_cursor", "");
    return meta;
  }
}
