package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API methods Samen calls, answered as Slack answers them and applied to the
 * playground's conversations and views. An unknown method gets Slack's own {@code unknown_method}.
 */
final class WebApiMethods {
  private static final Logger log = LoggerFactory.getLogger(WebApiMethods.class);

  private final Conversations conversations;
  private final OpenViews views;
  private final Handles handles;
  private final FileUploads files;

  /** @param uploadUrl the absolute URL the stand-in takes a file's bytes at, by file id */
  WebApiMethods(Conversations conversations, OpenViews views, Handles handles, Function<String, String> uploadUrl) {
    this.conversations = conversations;
    this.views = views;
    this.handles = handles;
    this.files = new FileUploads(conversations, uploadUrl);
  }

  JsonObject call(String method, JsonObject args) {
    return switch (method) {
      case "auth.test" -> authTest();
      case "chat.postMessage" -> postMessage(args);
      case "chat.update" -> update(args);
      case "chat.delete" -> conversations.delete(arg(args, "channel"), arg(args, "ts"))
          ? ok() : error("message_not_found");
      case "chat.postEphemeral" -> postEphemeral(args);
      case "users.info" -> WorkspaceDirectory.userInfo(arg(args, "user"));
      case "users.list" -> WorkspaceDirectory.userList();
      case "conversations.members" -> WorkspaceDirectory.members(arg(args, "channel"));
      case "conversations.info" -> WorkspaceDirectory.conversationInfo(arg(args, "channel"));
      case "conversations.open" -> WorkspaceDirectory.openDm(arg(args, "users"));
      case "views.open", "views.push" -> openView(method, args);
      case "views.update" -> updateView(args);
      case "views.publish" -> withView(views.publishHome(arg(args, "user_id"),
          Json.parsedObject(args.get("view"))));
      case "files.getUploadURLExternal" -> files.uploadUrl(args);
      case "files.completeUploadExternal" -> files.complete(args);
      default -> {
        log.warn("Samen called {}, which the playground's Slack stand-in does not know", method);
        yield error("unknown_method");
      }
    };
  }

  private JsonObject authTest() {
    JsonObject out = ok();
    out.addProperty("url", "https://" + Workspace.TEAM_DOMAIN + ".slack.com/");
    out.addProperty("team", "Samen playground");
    out.addProperty("user", "samen");
    out.addProperty("team_id", Workspace.TEAM);
    out.addProperty("user_id", Workspace.BOT_USER);
    out.addProperty("bot_id", Workspace.BOT_ID);
    return out;
  }

  private JsonObject postMessage(JsonObject args) {
    String channel = arg(args, "channel");
    if (!WorkspaceDirectory.knows(channel)) {
      return error("channel_not_found");
    }
    Message message = conversations.add(channel, Message.Kind.BOT, Optional.empty(), arg(args, "text"),
        Json.array(args.get("blocks")), List.of());
    return posted(message);
  }

  private JsonObject update(JsonObject args) {
    return conversations.update(arg(args, "channel"), arg(args, "ts"), arg(args, "text"),
        Json.array(args.get("blocks"))).map(this::posted).orElseGet(() -> error("message_not_found"));
  }

  private JsonObject postEphemeral(JsonObject args) {
    String channel = arg(args, "channel");
    String user = arg(args, "user");
    if (!WorkspaceDirectory.knows(channel) || Workspace.person(user).isEmpty()) {
      return error(WorkspaceDirectory.knows(channel) ? "user_not_in_channel" : "channel_not_found");
    }
    Message message = conversations.add(channel, Message.Kind.EPHEMERAL, Optional.of(user),
        arg(args, "text"), Json.array(args.get("blocks")), List.of());
    JsonObject out = ok();
    out.addProperty("message_ts", message.ts());
    return out;
  }

  private JsonObject openView(String method, JsonObject args) {
    Optional<String> user = handles.userOfTrigger(arg(args, "trigger_id"));
    JsonObject view = Json.parsedObject(args.get("view"));
    if (user.isEmpty()) {
      return error("invalid_trigger_id");
    }
    if (view == null) {
      return error("invalid_arguments");
    }
    return withView(method.equals("views.open") ? views.open(user.get(), view) : views.push(user.get(), view));
  }

  private JsonObject updateView(JsonObject args) {
    JsonObject view = Json.parsedObject(args.get("view"));
    if (view == null) {
      return error("invalid_arguments");
    }
    return views.update(arg(args, "view_id"), arg(args, "external_id"), view).map(this::withView)
        .orElseGet(() -> error("not_found"));
  }

  private JsonObject posted(Message message) {
    JsonObject out = ok();
    out.addProperty("channel", message.conversation());
    out.addProperty("ts", message.ts());
    out.add("message", message.asSlackSends());
    return out;
  }

  private JsonObject withView(OpenView view) {
    JsonObject out = ok();
    JsonObject copy = view.view().deepCopy();
    copy.addProperty("id", view.id());
    copy.addProperty("team_id", Workspace.TEAM);
    copy.addProperty("app_id", Workspace.APP);
    copy.addProperty("bot_id", Workspace.BOT_ID);
    out.add("view", copy);
    return out;
  }

  private static String arg(JsonObject args, String name) {
    return Json.string(args, name);
  }

  static JsonObject ok() {
    JsonObject out = new JsonObject();
    out.addProperty("ok", true);
    return out;
  }

  static JsonObject error(String error) {
    JsonObject out = new JsonObject();
    out.addProperty("ok", false);
    out.addProperty("error", error);
    return out;
  }
}
