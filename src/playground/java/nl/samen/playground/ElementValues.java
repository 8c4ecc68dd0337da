package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person chose in an element (the raw values the page sends) into the typed value Slack
 * reports for that element type, in {@code state.values} and in a block action: {@code value},
 * {@code selected_date}, {@code selected_time}, {@code selected_option} with its text, and so on.
 */
final class ElementValues {
  private ElementValues() {}

  /** The typed value for the element, or just its type when nothing was chosen. */
  static JsonObject typed(JsonObject element, List<String> raw) {
    String type = Json.string(element, "type");
    JsonObject out = new JsonObject();
    out.addProperty("type", type);
    Optional<String> first = raw.stream().filter(s -> s != null && !s.isEmpty()).findFirst();
    switch (type == null ? "" : type) {
      case "plain_text_input", "email_text_input", "url_text_input", "number_input" ->
          first.ifPresentOrElse(v -> out.addProperty("value", v), () -> out.add("value", null));
      case "datepicker" -> out.addProperty("selected_date", first.orElse(null));
      case "timepicker" -> out.addProperty("selected_time", first.orElse(null));
      case "users_select" -> out.addProperty("selected_user", first.orElse(null));
      case "multi_users_select" -> out.add("selected_users", strings(raw));
      case "static_select", "radio_buttons", "overflow" ->
          out.add("selected_option", first.flatMap(v -> option(element, v)).orElse(null));
      case "multi_static_select", "checkboxes" -> {
        JsonArray options = new JsonArray();
        raw.forEach(v -> option(element, v).ifPresent(options::add));
        out.add("selected_options", options);
      }
      default -> first.ifPresent(v -> out.addProperty("value", v));
    }
    return out;
  }

  /** The option with this value among the element's options or option groups. */
  static Optional<JsonObject> option(JsonObject element, String value) {
    JsonArray all = new JsonArray();
    Optional.ofNullable(Json.array(element.get("options"))).ifPresent(all::addAll);
    Optional.ofNullable(Json.array(element.get("option_groups"))).ifPresent(groups -> groups.forEach(g ->
        Optional.ofNullable(Json.array(g.getAsJsonObject().get("options"))).ifPresent(all::addAll)));
    for (JsonElement option : all) {
      if (value.equals(Json.string(option.getAsJsonObject(), "value"))) {
        return Optional.of(option.getAsJsonObject().deepCopy());
      }
    }
    return Optional.empty();
  }

  /** The value an element starts with, so that an untouched field is reported as Slack would. */
  static List<String> initial(JsonObject element) {
    String type = Json.string(element, "type");
    return switch (type == null ? "" : type) {
      case "plain_text_input", "email_text_input", "url_text_input", "number_input" ->
          listOf(Json.string(element, "initial_value"));
      case "datepicker" -> listOf(Json.string(element, "initial_date"));
      case "timepicker" -> listOf(Json.string(element, "initial_time"));
      case "users_select" -> listOf(Json.string(element, "initial_user"));
      case "static_select", "radio_buttons" ->
          listOf(Json.object(element, "initial_option").map(o -> Json.string(o, "value")).orElse(null));
      case "multi_static_select", "checkboxes" -> Optional.ofNullable(Json.array(element.get("initial_options")))
          .map(a -> a.asList().stream().map(o -> Json.string(o.getAsJsonObject(), "value")).toList())
          .orElse(List.of());
      case "multi_users_select" -> Optional.ofNullable(Json.array(element.get("initial_users")))
          .map(a -> a.asList().stream().map(JsonElement::getAsString).toList()).orElse(List.of());
      default -> List.of();
    };
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static JsonArray strings(List<String> values) {
    JsonArray out = new JsonArray();
    values.stream().filter(v -> v != null && !v.isEmpty()).forEach(out::add);
    return out;
  }
}
