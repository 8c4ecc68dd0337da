package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * How much waits in the outbox, for metrics: messages pending and how long the oldest has waited.
 * One query serves both figures; a reading is kept for a second, so a scrape costs one query.
 */
public final class OutboxDepth {
  private static final Duration FRESH = Duration.ofSeconds(1);
  private final Jdbi jdbi;
  private final Clock wallClock;
  private volatile Reading last = new Reading(0, Duration.ZERO, Instant.MIN);

  public OutboxDepth(Jdbi jdbi, Clock wallClock) {
    this.jdbi = jdbi;
    this.wallClock = wallClock;
  }

  private record Reading(long pending, Duration oldestAge, Instant at) {}

  public long pending() {
    return reading().pending();
  }

  /** Zero when nothing waits. */
  public Duration oldestPendingAge() {
    return reading().oldestAge();
  }

  private Reading reading() {
    Instant now = wallClock.instant();
    Reading known = last;
    if (known.at().plus(FRESH).isAfter(now)) {
      return known;
    }
    Reading fresh = jdbi.withHandle(h -> h.createQuery(
            "select count(*) as pending, min(created_at) as oldest from outbox where status = 'pending'")
        .map((rs, ctx) -> {
          String oldest = rs.getString("oldest");
          Duration age = oldest == null ? Duration.ZERO : Duration.between(Instant.parse(oldest), now);
          return new Reading(rs.getLong("pending"), age.isNegative() ? Duration.ZERO : age, now);
        })
        .one());
    last = fresh;
    return fresh;
  }
}
