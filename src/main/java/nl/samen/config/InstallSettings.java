package nl.samen.config;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Install mode: Samen installed by many workspaces through Slack's OAuth flow, their bot tokens
 * kept in the database, encrypted with {@code tokenKey}. On when SLACK_CLIENT_ID,
 * SLACK_CLIENT_SECRET and SAMEN_TOKEN_KEY are set; otherwise one workspace with SLACK_BOT_TOKEN.
 */
public record InstallSettings(String clientId, String clientSecret, byte[] tokenKey) {
  static final String[] NAMES = {"SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SAMEN_TOKEN_KEY"};

  /** Install mode's settings, or empty when none of them is set; half of them is an error. */
  static Optional<InstallSettings> from(Map<String, String> env) {
    long set = Arrays.stream(NAMES).filter(name -> present(env, name)).count();
    if (set == 0) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      if (!present(env, name)) {
        throw new SettingsException(name + " is required to be installed by many workspaces "
            + "(SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SAMEN_TOKEN_KEY go together)");
      }
    }
    if (present(env, "SLACK_BOT_TOKEN")) {
      throw new SettingsException("SLACK_BOT_TOKEN is for one workspace; with SLACK_CLIENT_ID, "
          + "SLACK_CLIENT_SECRET and SAMEN_TOKEN_KEY each workspace installs Samen: leave it unset");
    }
    if (present(env, "SLACK_APP_TOKEN")) {
      throw new SettingsException("Installed by many workspaces, Samen answers over HTTP: "
          + "leave SLACK_APP_TOKEN unset and set SLACK_SIGNING_SECRET");
    }
    return Optional.of(new InstallSettings(env.get(NAMES[0]).trim(), env.get(NAMES[1]).trim(),
        key(env.get(NAMES[2]).trim())));
  }

  /** 32 random bytes in base64, e.g. from {@code openssl rand -base64 32}; the value is never repeated. */
  private static byte[] key(String value) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("SAMEN_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32)");
    }
    if (key.length != 32) {
      throw new SettingsException("SAMEN_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32), not "
          + key.length + " bytes");
    }
    return key;
  }

  private static boolean present(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  @Override
  public String toString() {
    return "InstallSettings[clientId=" + clientId + ", secrets hidden]";
  }
}
