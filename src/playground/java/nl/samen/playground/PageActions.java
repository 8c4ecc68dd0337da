package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's JSON endpoints under {@code /ui/}: what a person sees ({@code state}), what they do
 * ({@code command}, {@code click}, {@code submit}, {@code close}, {@code home}), the clock
 * ({@code time}), {@code reset}, and the {@code traffic} between Samen and the stand-in.
 */
final class PageActions {
  private final Playground playground;

  PageActions(Playground playground) {
    this.playground = playground;
  }

  void handle(HttpExchange exchange) throws IOException {
    String action = exchange.getRequestURI().getPath().substring("/ui/".length());
    boolean post = exchange.getRequestMethod().equals("POST");
    JsonObject request = post ? HttpBodies.json(HttpBodies.read(exchange))
        : HttpBodies.arguments(exchange, "");
    if (action.equals("reset") && post) {
      playground.reset();
      reply(exchange, 200, PageServer.ok());
      return;
    }
    if (action.equals("traffic")) {
      reply(exchange, 200, traffic());
      return;
    }
    Optional<Person> person = Workspace.person(Json.string(request, "user"));
    if (action.equals("time") && post) {
      TimeControl.Moved move = playground.moveTime(Json.string(request, "step"));
      JsonObject out = PageServer.ok();
      out.addProperty("moved", move.moved());
      out.addProperty("now", move.now().toString());
      out.addProperty("note", move.note());
      reply(exchange, 200, out);
    } else if (person.isEmpty()) {
      reply(exchange, 400, error("Pick one of the workspace's people first."));
    } else if (action.equals("state")) {
      reply(exchange, 200, PageState.of(playground, person.get()));
    } else if (post) {
      reply(exchange, 200, playground.whileRunning(() -> act(action, person.get(), request)));
    } else {
      reply(exchange, 404, error("No such action"));
    }
  }

  private JsonObject act(String action, Person person, JsonObject request) {
    PersonActions actions = playground.actions();
    return switch (action) {
      case "command" -> answer(Optional.of(actions.command(person, conversation(person, request),
          commandText(Json.string(request, "text")), true)));
      case "click" -> answer(Optional.ofNullable(Json.string(request, "viewId"))
          .map(viewId -> actions.clickInView(person, viewId, Json.string(request, "blockId"),
              Json.string(request, "actionId"), strings(request.get("chosen")), raw(request)))
          .orElseGet(() -> actions.clickInMessage(person, conversation(person, request), Json.string(request, "ts"),
              Json.string(request, "blockId"), Json.string(request, "actionId"), strings(request.get("chosen")))));
      case "submit" -> answer(actions.submit(person, Json.string(request, "viewId"), raw(request)));
      case "close" -> {
        actions.closeModal(person, Json.string(request, "viewId"));
        yield PageServer.ok();
      }
      case "home" -> answer(Optional.of(actions.openHome(person)));
      default -> error("No such action: " + action);
    };
  }

  /** A person may type in the network channel or in their own DM with the bot, nowhere else. */
  private static String conversation(Person person, JsonObject request) {
    String asked = Json.string(request, "conversation");
    return Workspace.directMessage(person.id()).equals(asked) ? asked : Workspace.CHANNEL;
  }

  private static String commandText(String typed) {
    String text = Optional.ofNullable(typed).orElse("").strip();
    return text.startsWith("/samen") ? text.substring("/samen".length()).strip() : text;
  }

  private static ViewState.Raw raw(JsonObject request) {
    Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
    Json.object(request, "values").ifPresent(blocks -> blocks.entrySet().forEach(block -> {
      Map<String, List<String>> actions = new LinkedHashMap<>();
      block.getValue().getAsJsonObject().entrySet()
          .forEach(action -> actions.put(action.getKey(), strings(action.getValue())));
      values.put(block.getKey(), actions);
    }));
    return new ViewState.Raw(values);
  }

  private static List<String> strings(JsonElement element) {
    List<String> out = new ArrayList<>();
    if (element == null || element.isJsonNull()) {
      return out;
    }
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> out.add(e.isJsonNull() ? null : e.getAsString()));
    } else {
      out.add(element.getAsString());
    }
    return out;
  }

  private static JsonObject answer(Optional<SlackSender.Answer> answer) {
    if (answer.isEmpty()) {
      return error("That is no longer there.");
    }
    JsonObject out = PageServer.ok();
    out.addProperty("status", answer.get().status());
    if (answer.get().status() != 200) {
      out.addProperty("note", "Samen answered HTTP " + answer.get().status());
    }
    return out;
  }

  private JsonObject traffic() {
    JsonArray entries = new JsonArray();
    for (Traffic.Entry entry : playground.traffic().entries()) {
      JsonObject json = new JsonObject();
      json.addProperty("sequence", entry.sequence());
      json.addProperty("at", entry.at().toString());
      json.addProperty("toSamen", entry.toSamen());
      json.addProperty("name", entry.name());
      json.addProperty("status", entry.status());
      json.addProperty("body", entry.body());
      entries.add(json);
    }
    JsonObject out = PageServer.ok();
    out.add("entries", entries);
    return out;
  }

  private static JsonObject error(String message) {
    JsonObject out = new JsonObject();
    out.addProperty("ok", false);
    out.addProperty("note", message);
    return out;
  }

  private static void reply(HttpExchange exchange, int status, JsonObject body) throws IOException {
    HttpBodies.send(exchange, status, "application/json; charset=utf-8", body.toString());
  }
}
