package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** manifest.yml against Slack's manifest rules (see NOTES) and against what the app really uses. */
class ManifestTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest() throws IOException {
    return new Yaml().load(Files.readString(Path.of("manifest.yml")));
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Map<String, Object> map, String... path) {
    Object value = map;
    for (String key : path) {
      value = ((Map<String, Object>) value).get(key);
    }
    return (T) value;
  }

  @Test
  void namesFitSlacksLimits() throws IOException {
    Map<String, Object> m = manifest();

    assertThat(this.<String>at(m, "display_information", "name")).hasSizeLessThanOrEqualTo(35);
    assertThat(this.<String>at(m, "features", "bot_user", "display_name")).matches("^[\\w\\-.]+$");
  }

  @Test
  void theSlashCommandIsSamen_withEscapingOn() throws IOException {
    List<Map<String, Object>> commands = at(manifest(), "features", "slash_commands");

    assertThat(commands).hasSize(1);
    assertThat(commands.get(0)).containsEntry("command", "/samen").containsEntry("should_escape", true)
        .containsKeys("description", "usage_hint", "url");
    assertThat((String) commands.get(0).get("url")).endsWith("/slack/events");
  }

  @Test
  void interactivityEventsAndAppHome_areOn_andPointAtSlackEvents() throws IOException {
    Map<String, Object> m = manifest();

    assertThat(this.<Boolean>at(m, "settings", "interactivity", "is_enabled")).isTrue();
    assertThat(this.<String>at(m, "settings", "interactivity", "request_url")).endsWith("/slack/events");
    assertThat(this.<String>at(m, "settings", "event_subscriptions", "request_url")).endsWith("/slack/events");
    assertThat(this.<List<String>>at(m, "settings", "event_subscriptions", "bot_events"))
        .contains("app_home_opened", "member_joined_channel");
    assertThat(this.<Boolean>at(m, "features", "app_home", "home_tab_enabled")).isTrue();
  }

  /**
   * The bot scopes each Web API method needs (Slack's method reference); views.* and auth.test need
   * none. A method missing here fails {@link #everyMethodTheAppCalls_hasItsScopesListed}.
   */
  private static final Map<String, Set<String>> SCOPES_OF_METHOD = Map.of(
      "auth.test", Set.of(),
      // chat:write.public: /samen setup works in a public channel nobody has added the bot to yet
      "chat.postMessage", Set.of("chat:write", "chat:write.public"),
      "chat.update", Set.of("chat:write"),
      "users.info", Set.of("users:read"),
      // a network's channel may be public or private
      "conversations.members", Set.of("channels:read", "groups:read"),
      "conversations.open", Set.of("im:write"),
      "views.open", Set.of(),
      "views.publish", Set.of(),
      // the SDK's upload v2: files.getUploadURLExternal, then files.completeUploadExternal
      "files.uploadV2", Set.of("files:write"));

  /** The bot scopes each subscribed event needs. */
  private static final Map<String, Set<String>> SCOPES_OF_EVENT = Map.of(
      "app_home_opened", Set.of(),
      "member_joined_channel", Set.of("channels:read", "groups:read"),
      "member_left_channel", Set.of("channels:read", "groups:read"),
      // a workspace removing Samen: its data goes (these need no scope)
      "app_uninstalled", Set.of(),
      "tokens_revoked", Set.of());

  private static final Path MAIN = Path.of("src/main/java/nl/samen");
  private static final Path GATEWAY = MAIN.resolve("slack/SlackGateway.java");

  /** The Web API methods the app calls: every {@code call("…"} of the gateway, the only door to them. */
  private static Set<String> methodsTheAppCalls() throws IOException {
    Matcher call = Pattern.compile("\\bcall\\(\"([a-z]+\\.[A-Za-z0-9.]+)\"").matcher(Files.readString(GATEWAY));
    Set<String> methods = new TreeSet<>();
    while (call.find()) {
      methods.add(call.group(1));
    }
    return methods;
  }

  @Test
  void everyWebApiCall_goesThroughTheGateway() throws IOException {
    Pattern client = Pattern.compile("MethodsClient|\\.methods(Async)?\\(|ctx\\.client\\(\\)");
    List<Path> others;
    try (Stream<Path> files = Files.walk(MAIN)) {
      others = files.filter(p -> p.toString().endsWith(".java") && !p.equals(GATEWAY))
          // SlackStart makes the gateway's client; the playground plays Slack's side
          .filter(p -> !p.endsWith("SlackStart.java") && !MAIN.relativize(p).startsWith("playground"))
          .filter(p -> client.matcher(read(p)).find())
          .toList();
    }

    assertThat(others).as("sources calling Slack's Web API around SlackGateway").isEmpty();
    assertThat(methodsTheAppCalls()).contains("chat.postMessage", "views.publish");
  }

  @Test
  void everyMethodTheAppCalls_hasItsScopesListed() throws IOException {
    assertThat(SCOPES_OF_METHOD.keySet()).as("methods with their scopes in this test")
        .containsAll(methodsTheAppCalls());
  }

  @Test
  void theBotScopes_areThoseTheCallsEventsAndCommandNeed_noneMissing_noneExtra() throws IOException {
    Map<String, Object> m = manifest();
    Set<String> needed = new TreeSet<>();
    methodsTheAppCalls().forEach(method -> needed.addAll(SCOPES_OF_METHOD.getOrDefault(method, Set.of())));
    List<String> events = at(m, "settings", "event_subscriptions", "bot_events");
    assertThat(SCOPES_OF_EVENT).as("events with their scopes in this test").containsKeys(events.toArray(String[]::new));
    events.forEach(event -> needed.addAll(SCOPES_OF_EVENT.get(event)));
    if (!this.<List<?>>at(m, "features", "slash_commands").isEmpty()) {
      needed.add("commands");
    }

    assertThat(this.<List<String>>at(m, "oauth_config", "scopes", "bot"))
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(needed);
  }

  @Test
  void theInstallFlow_asksForTheManifestsScopes_andReturnsToItsRedirectUrl() throws IOException {
    Map<String, Object> m = manifest();

    assertThat(List.of(nl.samen.slack.InstallFlow.BOT_SCOPES.split(",")))
        .containsExactlyInAnyOrderElementsOf(this.<List<String>>at(m, "oauth_config", "scopes", "bot"));
    assertThat(this.<List<String>>at(m, "oauth_config", "redirect_urls"))
        .singleElement().satisfies(url -> assertThat(url).endsWith(nl.samen.slack.InstallFlow.REDIRECT_PATH));
    assertThat(this.<List<String>>at(m, "settings", "event_subscriptions", "bot_events"))
        .contains("app_uninstalled", "tokens_revoked");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
