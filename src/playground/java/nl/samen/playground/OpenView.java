package nl.samen.playground;

import com.google.gson.JsonObject;
import java.util.Map;

/** A modal or App Home as a person has it open: Slack's view id, its owner, the view, and field errors. */
public record OpenView(String id, String user, JsonObject view, Map<String, String> errors) {
  public String type() {
    return Json.string(view, "type");
  }

  OpenView withErrors(Map<String, String> newErrors) {
    return new OpenView(id, user, view, Map.copyOf(newErrors));
  }

  OpenView replacedBy(JsonObject newView) {
    return new OpenView(id, user, newView, Map.of());
  }
}
