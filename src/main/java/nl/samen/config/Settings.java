package nl.samen.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.schedule.ClusterSettings;
import nl.samen.storage.DatabaseTarget;

/**
 * Every setting of Samen, read from the environment once at start and validated there, so that a
 * wrong value stops the start with one line naming it instead of failing later.
 */
public record Settings(
    Optional<String> botToken,
    Optional<String> signingSecret,
    Optional<String> appToken,
    String slackApiUrl,
    int port,
    Path database,
    String publicUrl,
    ZoneId defaultZone,
    Locale defaultLocale,
    Duration slackTimeout,
    Optional<DatabaseTarget.Postgres> postgres,
    Optional<InstallSettings> install, Optional<String> metricsToken, ClusterSettings cluster) {

  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

  /**
   * Connections to PostgreSQL per instance: the web threads, the outbox worker, reminders and the
   * background pool together rarely hold more than a few at once, and ten per instance leave room
   * for several instances within PostgreSQL's default of 100 connections.
   */
  static final int POSTGRES_POOL_SIZE = 10;

  /** PostgreSQL when SAMEN_DATABASE_URL is set, else the SQLite file of SAMEN_DB. */
  public DatabaseTarget databaseTarget() {
    return postgres.<DatabaseTarget>map(p -> p).orElseGet(() -> new DatabaseTarget.SqliteFile(database));
  }

  public boolean socketMode() {
    return appToken.isPresent();
  }

  /** Reads the settings from environment variables named as in the product's table. */
  public static Settings fromEnvironment(Map<String, String> env) {
    Optional<InstallSettings> install = InstallSettings.from(env);
    Optional<String> botToken = botToken(env, install.isPresent());
    Optional<String> appToken = optional(env, "SLACK_APP_TOKEN");
    if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
      throw new SettingsException("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }
    Optional<String> signingSecret = optional(env, "SLACK_SIGNING_SECRET");
    if (signingSecret.isEmpty() && appToken.isEmpty()) {
      throw new SettingsException(
          "SLACK_SIGNING_SECRET is required (or set SLACK_APP_TOKEN to run in Socket Mode)");
    }
    String apiUrl = withSlash(url(env, "SLACK_API_URL", DEFAULT_SLACK_API_URL));
    int port = port(env);
    Path database = Path.of(optional(env, "SAMEN_DB").orElse("./samen.db"));
    String publicUrl = url(env, "SAMEN_PUBLIC_URL", "http://localhost:" + port);
    // Logback read LOG_LEVEL already (LogSetup); here a value it cannot use stops the start.
    if (LogSetup.level(env.get("LOG_LEVEL")).isEmpty()) {
      throw new SettingsException("LOG_LEVEL must be one of ERROR, WARN, INFO, DEBUG, TRACE, not '"
          + env.get("LOG_LEVEL").trim() + "'");
    }
    return new Settings(
        botToken,
        signingSecret,
        appToken,
        apiUrl,
        port,
        database,
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl,
        zone(env),
        locale(env),
        slackTimeout(env),
        postgres(env),
        install, optional(env, "SAMEN_METRICS_TOKEN"), ClusterEnv.read(env));
  }

  /** One workspace's bot token; none in install mode, where each workspace brings its own. */
  private static Optional<String> botToken(Map<String, String> env, boolean installMode) {
    Optional<String> botToken = optional(env, "SLACK_BOT_TOKEN");
    if (installMode) {
      return Optional.empty(); // InstallSettings refuses one beside them
    }
    if (botToken.isEmpty()) {
      throw new SettingsException("SLACK_BOT_TOKEN is required (or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET "
          + "and SAMEN_TOKEN_KEY to be installed by many workspaces)");
    }
    if (!botToken.get().startsWith("xoxb-")) {
      throw new SettingsException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    }
    return botToken;
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static int port(Map<String, String> env) {
    String value = optional(env, "PORT").orElse("3000");
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new SettingsException("PORT must be a number from 0 to 65535, not '" + value + "'");
    }
  }

  private static String url(Map<String, String> env, String name, String fallback) {
    String value = optional(env, name).orElse(fallback);
    try {
      URI uri = URI.create(value);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return value;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(name + " must be an http(s) URL, not '" + value + "'");
    }
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private static ZoneId zone(Map<String, String> env) {
    String value = optional(env, "SAMEN_TIMEZONE").orElse("Europe/Amsterdam");
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new SettingsException(
          "SAMEN_TIMEZONE must be a time zone such as Europe/Amsterdam, not '" + value + "'");
    }
  }

  /**
   * How long a call to Slack may wait for its answer before its fate counts as unknown: a hung
   * Slack must not hold a sender forever. {@code 10s} or {@code 500ms}.
   */
  private static Duration slackTimeout(Map<String, String> env) {
    String value = optional(env, "SLACK_TIMEOUT").orElse("10s");
    Matcher m = Pattern.compile("(\\d{1,6})(ms|s)").matcher(value);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new SettingsException("SLACK_TIMEOUT must be a time such as 10s or 500ms, not '" + value + "'");
    }
    long amount = Long.parseLong(m.group(1));
    return m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
  }

  /** SAMEN_DATABASE_URL with its user and password, or nothing (then SQLite, SAMEN_DB). */
  private static Optional<DatabaseTarget.Postgres> postgres(Map<String, String> env) {
    Optional<String> url = optional(env, "SAMEN_DATABASE_URL");
    if (url.isEmpty()) {
      for (String name : new String[] {"SAMEN_DATABASE_USER", "SAMEN_DATABASE_PASSWORD"}) {
        if (optional(env, name).isPresent()) {
          throw new SettingsException(name + " is set but SAMEN_DATABASE_URL is not");
        }
      }
      return Optional.empty();
    }
    if (!url.get().matches("jdbc:postgresql://[^/?#\\s]+/[^/?#\\s]+([?][^\\s]*)?")) {
      // The value itself is not repeated: a URL may carry a password.
      throw new SettingsException(
          "SAMEN_DATABASE_URL must look like jdbc:postgresql://host:5432/samen");
    }
    String user = optional(env, "SAMEN_DATABASE_USER").orElseThrow(() -> new SettingsException(
        "SAMEN_DATABASE_USER is required with SAMEN_DATABASE_URL"));
    // A password is not trimmed: spaces may belong to it.
    String password = env.getOrDefault("SAMEN_DATABASE_PASSWORD", "");
    return Optional.of(new DatabaseTarget.Postgres(url.get(), user, password, POSTGRES_POOL_SIZE));
  }

  private static Locale locale(Map<String, String> env) {
    String value = optional(env, "SAMEN_LOCALE").orElse("nl");
    if (!value.equals("nl") && !value.equals("en")) {
      throw new SettingsException("SAMEN_LOCALE must be nl or en, not '" + value + "'");
    }
    return Locale.forLanguageTag(value);
  }
}
