package nl.samen.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence before Slack: Slack refuses a whole message or view that breaks one of its
 * Block Kit limits ({@code invalid_blocks}). Every exit passes here; what does not fit is split or cut
 * (see {@link BlockFitter}) and logged loudly, because the view that made it should page by itself.
 */
public final class BlockLimits {
  private static final Logger log = LoggerFactory.getLogger(BlockLimits.class);
  private static final Gson GSON = GsonFactory.createSnakeCase();
  public static final int MESSAGE_BLOCKS = 50;
  public static final int VIEW_BLOCKS = 100;
  public static final int PRIVATE_METADATA = 3000;
  static final int VIEW_TITLE = 24;

  private BlockLimits() {}

  /** A message's blocks, fitted; the same list when nothing had to change. */
  public static List<LayoutBlock> fitMessage(List<LayoutBlock> blocks, String where) {
    if (blocks == null || blocks.isEmpty()) {
      return blocks;
    }
    JsonArray json = GSON.toJsonTree(blocks).getAsJsonArray();
    List<String> problems = new ArrayList<>();
    JsonArray fitted = BlockFitter.fit(json, MESSAGE_BLOCKS, problems);
    if (problems.isEmpty()) {
      return blocks;
    }
    report(where, problems);
    return GSON.fromJson(fitted, new TypeToken<List<LayoutBlock>>() {}.getType());
  }

  /** A message's blocks as the JSON text Slack takes; null stays null. */
  public static String fitMessageJson(String blocksJson, String where) {
    if (blocksJson == null || blocksJson.isBlank()) {
      return blocksJson;
    }
    List<String> problems = new ArrayList<>();
    JsonArray fitted = BlockFitter.fit(JsonParser.parseString(blocksJson).getAsJsonArray(), MESSAGE_BLOCKS, problems);
    if (problems.isEmpty()) {
      return blocksJson;
    }
    report(where, problems);
    return fitted.toString();
  }

  /** A modal or App Home, fitted; the same view when nothing had to change. */
  public static View fitView(View view, String where) {
    JsonObject json = GSON.toJsonTree(view).getAsJsonObject();
    List<String> problems = new ArrayList<>();
    JsonArray blocks = json.has("blocks") ? json.getAsJsonArray("blocks") : new JsonArray();
    json.add("blocks", BlockFitter.fit(blocks, VIEW_BLOCKS, problems));
    for (String part : List.of("title", "submit", "close")) {
      if (json.has(part)) {
        BlockFitter.cutText(json.getAsJsonObject(part), VIEW_TITLE, "view " + part, problems);
      }
    }
    if (view.getPrivateMetadata() != null && view.getPrivateMetadata().length() > PRIVATE_METADATA) {
      // Cutting it would only make it wrong; Slack will refuse the view, and this says why.
      log.error("A view's private_metadata has {} characters; Slack takes {} ({})",
          view.getPrivateMetadata().length(), PRIVATE_METADATA, where);
    }
    if (problems.isEmpty()) {
      return view;
    }
    report(where, problems);
    return GSON.fromJson(json, View.class);
  }

  /**
   * The notification text of a message: a message with blocks needs one (notifications and screen
   * readers show it), so when the caller gave none it is taken from the first text in the blocks.
   */
  public static String fallback(String text, String blocksJson) {
    if (text != null && !text.isBlank()) {
      return text;
    }
    if (blocksJson == null || blocksJson.isBlank()) {
      return text;
    }
    return BlockFitter.firstText(JsonParser.parseString(blocksJson).getAsJsonArray()).orElse("…");
  }

  public static String fallback(String text, List<LayoutBlock> blocks) {
    return blocks == null || blocks.isEmpty() ? text : fallback(text, GSON.toJson(blocks));
  }

  private static void report(String where, List<String> problems) {
    // No user text here: only what broke which limit.
    log.error("Blocks for {} broke Slack's limits and were cut to fit; the view should page itself: {}",
        where, problems);
  }
}
