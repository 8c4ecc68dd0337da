package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * What one person sees, as JSON for the page: the channel and their DM with the bot (with only their
 * own ephemeral replies), their App Home, their open modal, and the app's clock.
 */
final class PageState {
  private PageState() {}

  static JsonObject of(Playground playground, Person person) {
    JsonObject state = new JsonObject();
    state.addProperty("revision", playground.revision().value());
    Instant now = playground.now();
    state.addProperty("now", now.toString());
    state.addProperty("offsetMinutes", playground.offset().toMinutes());
    state.addProperty("me", person.id());
    state.add("workspace", workspace());
    String dm = Workspace.directMessage(person.id());
    state.addProperty("dm", dm);
    state.add("channel", messages(playground.conversations().in(Workspace.CHANNEL), person));
    state.add("messages", messages(playground.conversations().in(dm), person));
    playground.views().home(person.id()).ifPresent(home -> state.add("home", view(home)));
    playground.views().top(person.id()).ifPresent(modal -> state.add("modal", view(modal)));
    JsonArray skipped = new JsonArray();
    playground.skippedSeedLines().forEach(skipped::add);
    state.add("skippedSeedLines", skipped);
    return state;
  }

  static JsonObject workspace() {
    JsonObject workspace = new JsonObject();
    workspace.addProperty("team", "Samen playground");
    workspace.addProperty("channelId", Workspace.CHANNEL);
    workspace.addProperty("channelName", Workspace.CHANNEL_NAME);
    workspace.addProperty("botId", Workspace.BOT_USER);
    workspace.addProperty("botName", Workspace.BOT_NAME);
    workspace.addProperty("zone", Playground.ZONE.getId());
    JsonArray people = new JsonArray();
    for (Person p : Workspace.PEOPLE) {
      JsonObject person = new JsonObject();
      person.addProperty("id", p.id());
      person.addProperty("name", p.name());
      person.addProperty("handle", p.handle());
      person.addProperty("school", p.school());
      person.addProperty("locale", p.locale());
      person.addProperty("coordinator", p.coordinator());
      people.add(person);
    }
    workspace.add("people", people);
    return workspace;
  }

  private static JsonArray messages(List<Message> messages, Person person) {
    JsonArray out = new JsonArray();
    for (Message message : messages) {
      if (!message.visibleTo(person.id())) {
        continue;
      }
      JsonObject json = new JsonObject();
      json.addProperty("ts", message.ts());
      json.addProperty("kind", message.kind().name().toLowerCase());
      json.addProperty("text", message.text());
      json.add("blocks", message.blocks());
      json.addProperty("edited", message.edited());
      JsonArray files = new JsonArray();
      for (StoredFile file : message.files()) {
        JsonObject f = new JsonObject();
        f.addProperty("id", file.id());
        f.addProperty("name", file.name());
        f.addProperty("title", file.title());
        f.addProperty("size", file.content().length);
        f.addProperty("url", "/files/" + file.id());
        files.add(f);
      }
      json.add("files", files);
      out.add(json);
    }
    return out;
  }

  private static JsonObject view(OpenView open) {
    JsonObject json = new JsonObject();
    json.addProperty("id", open.id());
    json.add("view", open.view());
    JsonObject errors = new JsonObject();
    open.errors().forEach(errors::addProperty);
    json.add("errors", errors);
    return json;
  }
}
