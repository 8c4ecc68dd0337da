package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Gives every block a {@code block_id} and every interactive element an {@code action_id}, as Slack
 * does when a message or view leaves them out, so that a click can always name what was clicked.
 */
final class BlockIds {
  private BlockIds() {}

  /** A copy of the blocks with the missing ids filled in; null stays an empty list. */
  static JsonArray filled(JsonArray blocks) {
    JsonArray out = new JsonArray();
    if (blocks == null) {
      return out;
    }
    for (int i = 0; i < blocks.size(); i++) {
      JsonElement element = blocks.get(i);
      if (!element.isJsonObject()) {
        continue;
      }
      JsonObject block = element.getAsJsonObject().deepCopy();
      if (!block.has("block_id")) {
        block.addProperty("block_id", "b" + i);
      }
      String blockId = block.get("block_id").getAsString();
      fillAction(block.get("accessory"), blockId, 0);
      fillAction(block.get("element"), blockId, 0);
      if (block.get("elements") instanceof JsonArray elements && "actions".equals(Json.string(block, "type"))) {
        for (int e = 0; e < elements.size(); e++) {
          fillAction(elements.get(e), blockId, e);
        }
      }
      out.add(block);
    }
    return out;
  }

  private static void fillAction(JsonElement element, String blockId, int index) {
    if (element instanceof JsonObject object && !object.has("action_id") && object.has("type")
        && !"image".equals(Json.string(object, "type"))) {
      object.addProperty("action_id", blockId + "-a" + index);
    }
  }
}
