package nl.samen.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tests' answers: every call succeeds as Slack answers it, with the users and channel members the
 * test set up; nothing else is kept (the calls are recorded by {@link FakeSlackApi}).
 */
final class FixedAnswers implements SlackAnswers {
  private final String baseUrl;
  private final Map<String, List<String>> channelMembers = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> installs = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
  private volatile String socketModeUrl = "ws://127.0.0.1:9/link";

  FixedAnswers(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  void user(JsonObject user) {
    users.put(user.get("id").getAsString(), user);
  }

  void channelMembers(String channel, List<String> members) {
    channelMembers.put(channel, members);
  }

  void installable(String code, String teamId, String botToken, String botUserId) {
    JsonObject access = new JsonObject();
    access.addProperty("ok", true);
    access.addProperty("app_id", "A0SAMEN");
    access.addProperty("scope", "commands,chat:write,chat:write.public,users:read,channels:read,groups:read,"
        + "im:write,files:write");
    access.addProperty("token_type", "bot");
    access.addProperty("access_token", botToken);
    access.addProperty("bot_user_id", botUserId);
    JsonObject team = new JsonObject();
    team.addProperty("id", teamId);
    team.addProperty("name", "Workspace " + teamId);
    access.add("team", team);
    access.addProperty("is_enterprise_install", false);
    JsonObject installer = new JsonObject();
    installer.addProperty("id", "U0INSTALL" + teamId);
    access.add("authed_user", installer);
    installs.put(code, access);
  }

  void socketModeUrl(String url) {
    this.socketModeUrl = url;
  }

  String responseUrl() {
    return baseUrl + "response/" + ts.incrementAndGet();
  }

  @Override
  public JsonObject call(String method, JsonObject args, Optional<String> token) {
    JsonObject out = new JsonObject();
    out.addProperty("ok", true);
    switch (method) {
      case "auth.test" -> {
        out.addProperty("url", "https://samen-test.slack.com/");
        out.addProperty("team", "Samen test");
        out.addProperty("user", "samen");
        out.addProperty("team_id", FakeSlackApi.TEAM);
        out.addProperty("user_id", FakeSlackApi.BOT_USER);
        out.addProperty("bot_id", "B0BOT");
      }
      case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
        out.addProperty("channel", arg(args, "channel", ""));
        out.addProperty("ts", method.equals("chat.update") ? arg(args, "ts", null) : nextTs());
        out.addProperty("message_ts", nextTs());
      }
      case "users.info" -> out.add("user", Optional.ofNullable(users.get(arg(args, "user", ""))).orElseGet(() -> {
        JsonObject unknown = new JsonObject();
        unknown.addProperty("id", arg(args, "user", null));
        unknown.addProperty("is_bot", false);
        return unknown;
      }));
      case "conversations.members" -> {
        JsonArray members = new JsonArray();
        channelMembers.getOrDefault(arg(args, "channel", ""), List.of()).forEach(members::add);
        out.add("members", members);
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", "");
        out.add("response_metadata", meta);
      }
      case "apps.connections.open" -> out.addProperty("url", socketModeUrl);
      case "oauth.v2.access" -> {
        JsonObject access = installs.remove(arg(args, "code", ""));
        return access != null ? access : refusal("invalid_code");
      }
      case "conversations.open" -> {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "D" + arg(args, "users", "UNKNOWN"));
        out.add("channel", channel);
      }
      case "views.open", "views.publish", "views.update" -> {
        JsonObject view = new JsonObject();
        view.addProperty("id", "V" + nextTs());
        out.add("view", view);
      }
      case "files.getUploadURLExternal" -> {
        out.addProperty("upload_url", baseUrl + "upload/" + nextTs());
        out.addProperty("file_id", "F" + nextTs());
      }
      case "files.completeUploadExternal" -> {
        JsonArray files = new JsonArray();
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

  private static JsonObject refusal(String error) {
    JsonObject out = new JsonObject();
    out.addProperty("ok", false);
    out.addProperty("error", error);
    return out;
  }

  private static String arg(JsonObject args, String name, String otherwise) {
    return args.has(name) && !args.get(name).isJsonNull() ? args.get(name).getAsString() : otherwise;
  }

  private String nextTs() {
    long value = ts.incrementAndGet();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }
}
