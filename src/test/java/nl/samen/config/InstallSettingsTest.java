package nl.samen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Install mode's settings: all three or none, a key of 32 bytes, no single bot token beside them. */
class InstallSettingsTest {
  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static Map<String, String> installMode() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_SIGNING_SECRET", "secret");
    env.put("SLACK_CLIENT_ID", "1234.5678");
    env.put("SLACK_CLIENT_SECRET", "client-secret");
    env.put("SAMEN_TOKEN_KEY", KEY);
    return env;
  }

  @Test
  void clientIdSecretAndKey_turnOnInstallMode_withoutABotToken() {
    Settings settings = Settings.fromEnvironment(installMode());

    assertThat(settings.install()).hasValueSatisfying(install -> {
      assertThat(install.clientId()).isEqualTo("1234.5678");
      assertThat(install.tokenKey()).hasSize(32);
      assertThat(install.toString()).doesNotContain("client-secret");
    });
    assertThat(settings.botToken()).isEmpty();
  }

  @Test
  void withoutThem_oneWorkspaceWithItsBotToken() {
    Settings settings = Settings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"));

    assertThat(settings.install()).isEmpty();
    assertThat(settings.botToken()).contains("xoxb-1");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SAMEN_TOKEN_KEY|''|SAMEN_TOKEN_KEY is required to be installed by many workspaces",
      "SLACK_CLIENT_SECRET|''|SLACK_CLIENT_SECRET is required to be installed by many workspaces",
      "SAMEN_TOKEN_KEY|not base64!|SAMEN_TOKEN_KEY must be 32 bytes in base64",
      "SAMEN_TOKEN_KEY|c2hvcnQ=|SAMEN_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32), not 5 bytes",
      "SLACK_BOT_TOKEN|xoxb-1|SLACK_BOT_TOKEN is for one workspace",
      "SLACK_APP_TOKEN|xapp-1|leave SLACK_APP_TOKEN unset"})
  void aMissingOrWrongInstallSetting_isNamedInOneLine(String name, String value, String message) {
    Map<String, String> env = installMode();
    env.put(name, value);

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(message)
        .message().doesNotContain(KEY);
  }
}
