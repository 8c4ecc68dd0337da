package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * One message in a conversation as a person sees it: the bot's posts, replies only one person sees,
 * and the commands that person typed (which Slack does not post, but a visitor wants to see).
 */
public record Message(
    String ts,
    String conversation,
    Kind kind,
    Optional<String> onlyFor,
    String text,
    JsonArray blocks,
    List<StoredFile> files,
    boolean edited) {

  /** Who the message comes from, and so who sees it. */
  public enum Kind { BOT, EPHEMERAL, TYPED }

  public boolean visibleTo(String userId) {
    return onlyFor.map(userId::equals).orElse(true);
  }

  /** The bot's message as Slack shows it in API answers and interactivity payloads. */
  JsonObject asSlackSends() {
    JsonObject json = new JsonObject();
    json.addProperty("type", "message");
    json.addProperty("user", Workspace.BOT_USER);
    json.addProperty("bot_id", Workspace.BOT_ID);
    json.addProperty("text", text);
    json.addProperty("ts", ts);
    json.add("blocks", blocks.deepCopy());
    return json;
  }

  Message replacedBy(String newText, JsonArray newBlocks) {
    return new Message(ts, conversation, kind, onlyFor, newText, newBlocks, files, true);
  }
}
