package nl.samen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits, checked block by block on what Samen sent, written apart from
 * the app's own {@code BlockLimits} so that one cannot hide the other's mistake. Real Slack refuses a
 * whole message or view ({@code invalid_blocks}) that breaks any of them.
 */
public final class BlockKitLimits {
  private BlockKitLimits() {}

  /** A message: its fallback text and its blocks (JSON text; null or empty for none). */
  public static void assertMessageWithin(String where, String text, String blocksJson) {
    assertThat(messageProblems(text, blocksJson)).as(where).isEmpty();
  }

  /** A modal or App Home view as JSON text. */
  public static void assertViewWithin(String where, String viewJson) {
    assertThat(viewProblems(viewJson)).as(where).isEmpty();
  }

  /** What one recorded call to the fake Slack broke; nothing for calls that carry no message or view. */
  public static List<String> problems(FakeSlackApi.Call call) {
    return switch (call.method()) {
      case "chat.postMessage", "chat.update", "chat.postEphemeral", "response_url" ->
          messageProblems(call.text(), call.param("blocks"));
      case "views.open", "views.publish", "views.update", "views.push" -> viewProblems(call.param("view"));
      default -> List.of();
    };
  }

  /**
   * What the body of an acknowledgement broke: an ephemeral reply is a message, a
   * {@code response_action} may carry a view; an empty body carries nothing.
   */
  public static List<String> ackProblems(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonObject json = JsonParser.parseString(body).getAsJsonObject();
    if (json.has("response_action")) {
      return json.has("view") ? viewProblems(json.get("view").toString()) : List.of();
    }
    return messageProblems(json.has("text") ? json.get("text").getAsString() : null,
        json.has("blocks") ? json.get("blocks").toString() : null);
  }

  public static List<String> messageProblems(String text, String blocksJson) {
    List<String> problems = new ArrayList<>();
    JsonArray blocks = blocksJson == null || blocksJson.isBlank() ? new JsonArray()
        : JsonParser.parseString(blocksJson).getAsJsonArray();
    if (blocks.size() > 0 && (text == null || text.isBlank())) {
      problems.add("a message with blocks has no fallback text");
    }
    max(problems, "blocks in a message", blocks.size(), 50);
    blocks(blocks, problems);
    return problems;
  }

  public static List<String> viewProblems(String viewJson) {
    List<String> problems = new ArrayList<>();
    JsonObject view = JsonParser.parseString(viewJson).getAsJsonObject();
    JsonArray blocks = view.has("blocks") ? view.getAsJsonArray("blocks") : new JsonArray();
    max(problems, "blocks in a view", blocks.size(), 100);
    if (view.has("private_metadata")) {
      max(problems, "private_metadata", view.get("private_metadata").getAsString().length(), 3000);
    }
    for (String part : List.of("title", "submit", "close")) {
      if (view.has(part)) {
        max(problems, "view " + part, text(view.get(part)).length(), 24);
      }
    }
    blocks(blocks, problems);
    return problems;
  }

  private static void blocks(JsonArray blocks, List<String> problems) {
    Set<String> blockIds = new HashSet<>();
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      if (block.has("block_id")) {
        String id = block.get("block_id").getAsString();
        max(problems, "block_id", id.length(), 255);
        if (!blockIds.add(id)) {
          problems.add("block_id " + id + " twice");
        }
      }
      switch (type) {
        case "section" -> section(block, problems);
        case "header" -> max(problems, "header text", text(block.get("text")).length(), 150);
        case "context" -> max(problems, "context elements", block.getAsJsonArray("elements").size(), 10);
        case "actions" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          max(problems, "actions elements", elements.size(), 25);
          elements.forEach(e -> element(e.getAsJsonObject(), problems));
        }
        case "input" -> {
          max(problems, "input label", text(block.get("label")).length(), 2000);
          element(block.getAsJsonObject("element"), problems);
        }
        default -> { }
      }
    }
  }

  private static void section(JsonObject block, List<String> problems) {
    if (!block.has("text") && !block.has("fields")) {
      problems.add("a section with neither text nor fields");
    }
    if (block.has("text")) {
      String text = text(block.get("text"));
      max(problems, "section text", text.length(), 3000);
      if (text.isEmpty()) {
        problems.add("an empty section text");
      }
    }
    if (block.has("fields")) {
      JsonArray fields = block.getAsJsonArray("fields");
      max(problems, "fields", fields.size(), 10);
      fields.forEach(f -> max(problems, "field text", text(f).length(), 2000));
    }
    if (block.has("accessory")) {
      element(block.getAsJsonObject("accessory"), problems);
    }
  }

  private static void element(JsonObject element, List<String> problems) {
    String type = element.get("type").getAsString();
    if (element.has("action_id")) {
      max(problems, "action_id", element.get("action_id").getAsString().length(), 255);
    }
    if (type.equals("button")) {
      max(problems, "button text", text(element.get("text")).length(), 75);
      if (element.has("value")) {
        max(problems, "button value", element.get("value").getAsString().length(), 2000);
      }
    }
    if (element.has("options")) {
      JsonArray options = element.getAsJsonArray("options");
      max(problems, type + " options", options.size(), type.equals("overflow") ? 5 : 100);
      options.forEach(o -> max(problems, "option text", text(o.getAsJsonObject().get("text")).length(), 75));
    }
    if (element.has("initial_option")) {
      max(problems, "option text", text(element.getAsJsonObject("initial_option").get("text")).length(), 75);
    }
  }

  private static String text(JsonElement textObject) {
    if (textObject == null || textObject.isJsonNull()) {
      return "";
    }
    JsonElement text = textObject.getAsJsonObject().get("text");
    return text == null ? "" : text.getAsString();
  }

  private static void max(List<String> problems, String what, int actual, int limit) {
    if (actual > limit) {
      problems.add(what + ": " + actual + " (at most " + limit + ")");
    }
  }
}
