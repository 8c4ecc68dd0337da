package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds elements in blocks and builds a view's {@code state.values}: every element that holds a value
 * (inputs, selects, pickers), with what the person entered or, if untouched, its initial value.
 */
final class ViewState {
  private static final Set<String> WITHOUT_STATE = Set.of("button", "overflow", "image", "workflow_button");

  /** What the page sends: block id → action id → the chosen or typed values. */
  record Raw(Map<String, Map<String, List<String>>> values) {
    List<String> of(String blockId, String actionId) {
      return Optional.ofNullable(values.get(blockId)).map(a -> a.get(actionId)).orElse(null);
    }
  }

  private ViewState() {}

  static JsonObject values(JsonArray blocks, Raw raw) {
    JsonObject values = new JsonObject();
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String blockId = Json.string(block, "block_id");
      JsonObject actions = new JsonObject();
      for (JsonObject input : elementsOf(block)) {
        String type = Json.string(input, "type");
        String actionId = Json.string(input, "action_id");
        if (type == null || actionId == null || WITHOUT_STATE.contains(type)) {
          continue;
        }
        List<String> chosen = Optional.ofNullable(raw.of(blockId, actionId)).orElse(ElementValues.initial(input));
        actions.add(actionId, ElementValues.typed(input, chosen));
      }
      if (!actions.isEmpty()) {
        values.add(blockId, actions);
      }
    }
    return values;
  }

  /** The element with this action id in the block with this block id. */
  static Optional<JsonObject> find(JsonArray blocks, String blockId, String actionId) {
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      if (blockId.equals(Json.string(block, "block_id"))) {
        return elementsOf(block).stream().filter(e -> actionId.equals(Json.string(e, "action_id"))).findFirst();
      }
    }
    return Optional.empty();
  }

  private static List<JsonObject> elementsOf(JsonObject block) {
    String type = Json.string(block, "type");
    if ("actions".equals(type)) {
      JsonArray elements = Json.array(block.get("elements"));
      return elements == null ? List.of()
          : elements.asList().stream().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject).toList();
    }
    String field = "input".equals(type) ? "element" : "accessory";
    return Json.object(block, field).map(List::of).orElse(List.of());
  }
}
