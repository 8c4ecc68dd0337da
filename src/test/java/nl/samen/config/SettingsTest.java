package nl.samen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.schedule.ClusterSettings;
import nl.samen.storage.DatabaseTarget;
import nl.samen.storage.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {
  private static Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-1");
    env.put("SLACK_SIGNING_SECRET", "secret");
    return env;
  }

  @Test
  void defaults_areThoseOfTheProductTable() {
    Settings settings = Settings.fromEnvironment(minimal());

    assertThat(settings.port()).isEqualTo(3000);
    assertThat(settings.slackApiUrl()).isEqualTo("https://slack.com/api/");
    assertThat(settings.database()).isEqualTo(Path.of("./samen.db"));
    assertThat(settings.publicUrl()).isEqualTo("http://localhost:3000");
    assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(settings.defaultLocale()).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(settings.socketMode()).isFalse();
    assertThat(settings.slackTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void slackTimeout_isGivenInSecondsOrMilliseconds() {
    Map<String, String> env = minimal();
    env.put("SLACK_TIMEOUT", "500ms");
    assertThat(Settings.fromEnvironment(env).slackTimeout()).isEqualTo(Duration.ofMillis(500));
    env.put("SLACK_TIMEOUT", "20s");
    assertThat(Settings.fromEnvironment(env).slackTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void anAppToken_meansSocketMode_andNoSigningSecretIsNeeded() {
    Map<String, String> env = minimal();
    env.remove("SLACK_SIGNING_SECRET");
    env.put("SLACK_APP_TOKEN", "xapp-1");

    assertThat(Settings.fromEnvironment(env).socketMode()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SLACK_BOT_TOKEN|''|SLACK_BOT_TOKEN is required",
      "SLACK_BOT_TOKEN|xoxp-user|SLACK_BOT_TOKEN must be a bot token",
      "SLACK_SIGNING_SECRET|''|SLACK_SIGNING_SECRET is required",
      "SLACK_APP_TOKEN|xoxb-wrong|SLACK_APP_TOKEN must be an app-level token",
      "PORT|eighty|PORT must be a number",
      "PORT|70000|PORT must be a number",
      "SLACK_API_URL|ftp://x|SLACK_API_URL must be an http(s) URL",
      "SAMEN_PUBLIC_URL|not a url|SAMEN_PUBLIC_URL must be an http(s) URL",
      "SAMEN_TIMEZONE|Mars/Olympus|SAMEN_TIMEZONE must be a time zone",
      "SAMEN_LOCALE|de|SAMEN_LOCALE must be nl or en",
      "LOG_LEVEL|LOUD|LOG_LEVEL must be one of ERROR, WARN, INFO, DEBUG, TRACE",
      "SLACK_TIMEOUT|ten seconds|SLACK_TIMEOUT must be a time such as 10s",
      "SLACK_TIMEOUT|0s|SLACK_TIMEOUT must be a time such as 10s",
      "SAMEN_DATABASE_URL|postgres://db/samen|SAMEN_DATABASE_URL must look like jdbc:postgresql://",
      "SAMEN_DATABASE_URL|jdbc:mysql://db/samen|SAMEN_DATABASE_URL must look like jdbc:postgresql://",
      "SAMEN_DATABASE_URL|jdbc:postgresql://db:5432|SAMEN_DATABASE_URL must look like jdbc:postgresql://",
      "SAMEN_DATABASE_URL|jdbc:postgresql://db/samen|SAMEN_DATABASE_USER is required with SAMEN_DATABASE_URL",
      "SAMEN_DATABASE_USER|samen|SAMEN_DATABASE_USER is set but SAMEN_DATABASE_URL is not",
      "SAMEN_DATABASE_PASSWORD|geheim|SAMEN_DATABASE_PASSWORD is set but SAMEN_DATABASE_URL is not",
      "SAMEN_INSTANCE_ID|twee woorden|SAMEN_INSTANCE_ID must be up to 100 letters",
      "SAMEN_CLUSTER_CHECKIN|vaak|SAMEN_CLUSTER_CHECKIN must be a time from 500ms to 600s",
      "SAMEN_CLUSTER_CHECKIN|100ms|SAMEN_CLUSTER_CHECKIN must be a time from 500ms to 600s"})
  void aMissingOrMalformedSetting_isNamedInOneLine(String name, String value, String message) {
    Map<String, String> env = minimal();
    env.put(name, value);

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void withoutADatabaseUrl_samenKeepsItsDataInTheSqliteFile() {
    Map<String, String> env = minimal();
    env.put("SAMEN_DB", "/data/samen.db");

    assertThat(Settings.fromEnvironment(env).databaseTarget())
        .isEqualTo(new DatabaseTarget.SqliteFile(Path.of("/data/samen.db")));
  }

  @Test
  void aDatabaseUrl_runsSamenOnPostgresql_withAPool_andItsPasswordStaysOutOfTheText() {
    Map<String, String> env = minimal();
    env.put("SAMEN_DB", "/data/samen.db");
    env.put("SAMEN_DATABASE_URL", "jdbc:postgresql://db.example:5432/samen?sslmode=require");
    env.put("SAMEN_DATABASE_USER", "samen");
    env.put("SAMEN_DATABASE_PASSWORD", "Geheim wachtwoord");

    DatabaseTarget target = Settings.fromEnvironment(env).databaseTarget();

    assertThat(target).isEqualTo(new DatabaseTarget.Postgres(
        "jdbc:postgresql://db.example:5432/samen?sslmode=require", "samen", "Geheim wachtwoord", 10));
    assertThat(target.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(target.toString()).contains("db.example").doesNotContain("Geheim");
  }

  @Test
  void clusterSettings_nameThisInstance_andHowOftenItChecksIn_withDefaults() {
    Map<String, String> env = minimal();
    assertThat(Settings.fromEnvironment(env).cluster()).isEqualTo(ClusterSettings.single());

    env.put("SAMEN_INSTANCE_ID", "samen-2");
    env.put("SAMEN_CLUSTER_CHECKIN", "2s");

    assertThat(Settings.fromEnvironment(env).cluster())
        .isEqualTo(new ClusterSettings(Optional.of("samen-2"), Duration.ofSeconds(2)));
  }

  @Test
  void aMalformedDatabaseUrl_isNotRepeated_forItMayHoldAPassword() {
    Map<String, String> env = minimal();
    env.put("SAMEN_DATABASE_URL", "jdbc:postgresql://db/samen password=Geheim");
    env.put("SAMEN_DATABASE_USER", "samen");

    assertThatThrownBy(() -> Settings.fromEnvironment(env))
        .hasMessageStartingWith("SAMEN_DATABASE_URL must look like")
        .hasMessageNotContaining("Geheim");
  }
}
