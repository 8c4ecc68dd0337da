package nl.samen.network;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A Slack channel that is a learning network, with its name and settings. */
public record Network(
    long id,
    String teamId,
    String channelId,
    String name,
    boolean required,
    ZoneId zone,
    int rsvpDeadlineHours,
    String createdBy,
    Instant createdAt) {

  public Duration rsvpDeadlineBeforeStart() {
    return Duration.ofHours(rsvpDeadlineHours);
  }
}
