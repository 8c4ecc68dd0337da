package nl.samen.testing;

import com.google.gson.JsonObject;
import java.util.function.Consumer;

/**
 * The state values of a submitted modal as Slack sends them ({@code view.state.values}): per block, the
 * element with action id {@code value} and what was entered in it. A {@code null} leaves a field empty.
 */
public final class ModalValues {
  private final JsonObject values = new JsonObject();

  /** The reason modal of an answer: its one text field. */
  public static JsonObject reason(String text) {
    return new ModalValues().text("reason", text).json();
  }

  public ModalValues text(String block, String value) {
    return field(block, "plain_text_input", "value", value);
  }

  public ModalValues date(String block, String value) {
    return field(block, "datepicker", "selected_date", value);
  }

  public ModalValues time(String block, String value) {
    return field(block, "timepicker", "selected_time", value);
  }

  public ModalValues user(String block, String value) {
    return field(block, "users_select", "selected_user", value);
  }

  public ModalValues option(String block, String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", "k");
    JsonObject option = new JsonObject();
    option.add("text", text);
    option.addProperty("value", value);
    return put(block, "static_select", element -> element.add("selected_option", option));
  }

  public JsonObject json() {
    return values;
  }

  private ModalValues field(String block, String type, String key, String value) {
    return put(block, type, element -> {
      if (value != null) {
        element.addProperty(key, value);
      }
    });
  }

  private ModalValues put(String block, String type, Consumer<JsonObject> state) {
    JsonObject element = new JsonObject();
    element.addProperty("type", type);
    state.accept(element);
    JsonObject action = new JsonObject();
    action.add("value", element);
    values.add(block, action);
    return this;
  }
}
