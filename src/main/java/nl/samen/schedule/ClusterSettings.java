package nl.samen.schedule;

import java.time.Duration;
import java.util.Optional;

/**
 * How this instance takes part in a cluster of Samen processes on one PostgreSQL database: its name
 * among them (empty: Quartz makes one of host and start time) and how often it tells the others it
 * lives. After about that interval and a few seconds more without a sign, the others take over its
 * wake-ups. On SQLite there is one instance and neither matters.
 */
public record ClusterSettings(Optional<String> instanceId, Duration checkinInterval) {
  public static final Duration DEFAULT_CHECKIN = Duration.ofSeconds(5);

  public static ClusterSettings single() {
    return new ClusterSettings(Optional.empty(), DEFAULT_CHECKIN);
  }
}
