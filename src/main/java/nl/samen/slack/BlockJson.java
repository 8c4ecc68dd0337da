package nl.samen.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/** Blocks as the JSON text the outbox stores and Slack's {@code blocks} argument takes. */
public final class BlockJson {
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private BlockJson() {}

  public static String json(List<LayoutBlock> blocks) {
    return blocks == null || blocks.isEmpty() ? null : GSON.toJson(blocks);
  }
}
