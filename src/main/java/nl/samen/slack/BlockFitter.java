package nl.samen.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/** Fits blocks (as Slack's JSON) into Block Kit's limits, noting each change it makes. */
final class BlockFitter {
  static final int SECTION_TEXT = 3000;
  static final int FIELD_TEXT = 2000;
  static final int FIELDS = 10;
  static final int HEADER_TEXT = 150;
  static final int ELEMENT_TEXT = 75;
  static final int ACTIONS_ELEMENTS = 25;
  static final int CONTEXT_ELEMENTS = 10;
  static final int OPTIONS = 100;
  static final int OVERFLOW_OPTIONS = 5;

  private BlockFitter() {}

  static JsonArray fit(JsonArray blocks, int maxBlocks, List<String> problems) {
    JsonArray out = new JsonArray();
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.has("type") ? block.get("type").getAsString() : "";
      switch (type) {
        case "section" -> section(block, problems).forEach(out::add);
        case "header" -> {
          cutText(block.getAsJsonObject("text"), HEADER_TEXT, "header", problems);
          out.add(block);
        }
        case "context" -> {
          limit(block.getAsJsonArray("elements"), CONTEXT_ELEMENTS, "context elements", problems);
          out.add(block);
        }
        case "actions" -> actions(block, problems).forEach(out::add);
        case "input" -> {
          if (block.has("element")) {
            element(block.getAsJsonObject("element"), problems);
          }
          out.add(block);
        }
        default -> out.add(block);
      }
    }
    if (out.size() > maxBlocks) {
      problems.add(out.size() + " blocks, " + maxBlocks + " allowed");
      JsonArray cut = new JsonArray();
      for (int i = 0; i < maxBlocks - 1; i++) {
        cut.add(out.get(i));
      }
      cut.add(more());
      return cut;
    }
    return out;
  }

  private static JsonArray section(JsonObject block, List<String> problems) {
    JsonArray out = new JsonArray();
    if (block.has("accessory")) {
      element(block.getAsJsonObject("accessory"), problems);
    }
    if (block.has("fields")) {
      JsonArray fields = block.getAsJsonArray("fields");
      fields.forEach(f -> cutText(f.getAsJsonObject(), FIELD_TEXT, "field", problems));
      limit(fields, FIELDS, "fields", problems);
    }
    JsonObject text = block.getAsJsonObject("text");
    if (text == null || !text.has("text") || text.get("text").getAsString().length() <= SECTION_TEXT) {
      out.add(block);
      return out;
    }
    problems.add("section text of " + text.get("text").getAsString().length() + " characters");
    List<String> chunks = Sections.chunks(text.get("text").getAsString(), SECTION_TEXT);
    for (int i = 0; i < chunks.size(); i++) {
      JsonObject part = i == 0 ? block : new JsonObject();
      JsonObject partText = text.deepCopy();
      partText.addProperty("text", chunks.get(i));
      part.addProperty("type", "section");
      part.add("text", partText);
      out.add(part);
    }
    return out;
  }

  /** More than 25 elements go into further actions blocks, each with a block id of its own. */
  private static JsonArray actions(JsonObject block, List<String> problems) {
    JsonArray elements = block.getAsJsonArray("elements");
    elements.forEach(e -> element(e.getAsJsonObject(), problems));
    JsonArray out = new JsonArray();
    if (elements.size() <= ACTIONS_ELEMENTS) {
      out.add(block);
      return out;
    }
    problems.add(elements.size() + " elements in actions");
    for (int from = 0; from < elements.size(); from += ACTIONS_ELEMENTS) {
      JsonObject part = block.deepCopy();
      JsonArray these = new JsonArray();
      for (int i = from; i < Math.min(elements.size(), from + ACTIONS_ELEMENTS); i++) {
        these.add(elements.get(i));
      }
      part.add("elements", these);
      if (from > 0 && block.has("block_id")) {
        part.addProperty("block_id", block.get("block_id").getAsString() + "_" + (from / ACTIONS_ELEMENTS + 1));
      }
      out.add(part);
    }
    return out;
  }

  /** Buttons and selects: their text at most 75 characters, at most 100 options (an overflow menu 5). */
  private static void element(JsonObject element, List<String> problems) {
    if (element.has("text") && element.get("text").isJsonObject()) {
      cutText(element.getAsJsonObject("text"), ELEMENT_TEXT, "button text", problems);
    }
    if (element.has("options")) {
      JsonArray options = element.getAsJsonArray("options");
      boolean overflow = "overflow".equals(element.has("type") ? element.get("type").getAsString() : "");
      limit(options, overflow ? OVERFLOW_OPTIONS : OPTIONS, "options", problems);
      options.forEach(o -> cutText(o.getAsJsonObject().getAsJsonObject("text"), ELEMENT_TEXT, "option text", problems));
    }
  }

  static void cutText(JsonObject text, int max, String what, List<String> problems) {
    if (text == null || !text.has("text")) {
      return;
    }
    String value = text.get("text").getAsString();
    if (value.length() > max) {
      problems.add(what + " of " + value.length() + " characters, " + max + " allowed");
      text.addProperty("text", Sections.cut(value, max));
    }
  }

  private static void limit(JsonArray array, int max, String what, List<String> problems) {
    if (array != null && array.size() > max) {
      problems.add(array.size() + " " + what + ", " + max + " allowed");
      while (array.size() > max) {
        array.remove(array.size() - 1);
      }
    }
  }

  private static JsonObject more() {
    JsonObject text = new JsonObject();
    text.addProperty("type", "mrkdwn");
    text.addProperty("text", "…");
    JsonArray elements = new JsonArray();
    elements.add(text);
    JsonObject context = new JsonObject();
    context.addProperty("type", "context");
    context.add("elements", elements);
    return context;
  }

  /** The first text a person would read in these blocks, for a notification. */
  static Optional<String> firstText(JsonArray blocks) {
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      if (block.has("text") && block.get("text").isJsonObject() && block.getAsJsonObject("text").has("text")) {
        return Optional.of(Sections.cut(block.getAsJsonObject("text").get("text").getAsString(), SECTION_TEXT));
      }
    }
    return Optional.empty();
  }
}
