package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;

/** Small, forgiving reads of Gson trees: Slack's payloads leave out what they do not need. */
final class Json {
  private Json() {}

  static String string(JsonObject object, String name) {
    JsonElement element = object == null ? null : object.get(name);
    return element == null || element.isJsonNull() ? null
        : element.isJsonPrimitive() ? element.getAsString() : element.toString();
  }

  static Optional<JsonObject> object(JsonObject parent, String name) {
    JsonElement element = parent == null ? null : parent.get(name);
    return element != null && element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
  }

  /** Blocks may come as a JSON array or, in form-encoded calls, as a string holding one. */
  static JsonArray array(JsonElement element) {
    JsonElement parsed = parsed(element);
    return parsed != null && parsed.isJsonArray() ? parsed.getAsJsonArray() : null;
  }

  /** An object that may come as JSON or as a string holding JSON (a view in a form-encoded call). */
  static JsonObject parsedObject(JsonElement element) {
    JsonElement parsed = parsed(element);
    return parsed != null && parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
  }

  private static JsonElement parsed(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return null;
    }
    return element.isJsonPrimitive() ? JsonParser.parseString(element.getAsString()) : element;
  }
}
