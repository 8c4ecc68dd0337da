package nl.samen.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.schedule.ClusterSettings;

/** SAMEN_INSTANCE_ID and SAMEN_CLUSTER_CHECKIN: this instance's part in a cluster on PostgreSQL. */
final class ClusterEnv {
  private ClusterEnv() {}

  static ClusterSettings read(Map<String, String> env) {
    Optional<String> id = Optional.ofNullable(env.get("SAMEN_INSTANCE_ID")).map(String::trim)
        .filter(v -> !v.isEmpty());
    // Quartz keeps the id in a column of 200 characters; beyond plain names it only gets confusing.
    if (id.isPresent() && !id.get().matches("[A-Za-z0-9._:-]{1,100}")) {
      throw new SettingsException("SAMEN_INSTANCE_ID must be up to 100 letters, digits, '.', '_', ':' or '-', not '"
          + id.get() + "'");
    }
    return new ClusterSettings(id, checkin(env.get("SAMEN_CLUSTER_CHECKIN")));
  }

  private static Duration checkin(String setting) {
    String value = setting == null || setting.isBlank() ? "5s" : setting.trim();
    Matcher m = Pattern.compile("(\\d{1,6})(ms|s)").matcher(value);
    Duration interval = !m.matches() ? Duration.ZERO
        : Duration.ofMillis(Long.parseLong(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1));
    if (interval.compareTo(Duration.ofMillis(500)) < 0 || interval.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new SettingsException("SAMEN_CLUSTER_CHECKIN must be a time from 500ms to 600s such as 5s, not '"
          + value + "'");
    }
    return interval;
  }
}
