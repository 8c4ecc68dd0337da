package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Test
  void theBotScopes_areThoseTheAppUses_noMore() throws IOException {
    assertThat(this.<List<String>>at(manifest(), "oauth_config", "scopes", "bot")).containsExactlyInAnyOrder(
        "commands", "chat:write", "chat:write.public", "users:read", "channels:read", "groups:read",
        "im:write", "files:write");
  }
}
