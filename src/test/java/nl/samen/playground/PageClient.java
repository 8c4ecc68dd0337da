package nl.samen.playground;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import nl.samen.testing.Await;

/** Talks to the playground's page endpoints as the page's script does, for tests without a browser. */
final class PageClient {
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  PageClient(String pageUrl) {
    this.base = pageUrl;
  }

  JsonObject state(String user) {
    return json(get("ui/state?user=" + user));
  }

  JsonObject post(String action, JsonObject body) {
    return json(send(HttpRequest.newBuilder(URI.create(base + "ui/" + action))
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()).body());
  }

  JsonObject command(String user, String text) {
    JsonObject body = new JsonObject();
    body.addProperty("user", user);
    body.addProperty("conversation", Workspace.CHANNEL);
    body.addProperty("text", text);
    return post("command", body);
  }

  String get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).body();
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls the person's state until the test holds (the outbox delivers at Slack's pace). */
  JsonObject await(String user, Predicate<JsonObject> test) {
    return Await.value(() -> "the page showing what was expected: " + state(user), Duration.ofSeconds(20),
        () -> Optional.of(state(user)).filter(test));
  }

  private static JsonObject json(String body) {
    return JsonParser.parseString(body).getAsJsonObject();
  }
}
