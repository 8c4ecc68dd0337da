package nl.samen.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * The ids of events seen: Slack redelivers an event it thinks failed, perhaps to another instance
 * behind the same address. The last thousand are remembered here, and every id is also written to
 * seen_event (insert or ignore, one statement), so that a retry is recognised by whichever instance
 * it reaches. Slack retries within minutes; an id is kept for an hour.
 */
public final class RecentEvents {
  private static final int REMEMBERED = 1000;
  static final Duration KEPT = Duration.ofHours(1);
  private static final int SWEEP_EVERY = 500;

  private final Jdbi jdbi;
  private final Clock clock;
  private final AtomicInteger sinceSweep = new AtomicInteger();
  private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<String, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      }));

  /** Shared through the database with every instance on it. */
  public RecentEvents(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** True the first time an id is seen; events without an id (none in practice) always count. */
  public boolean firstTime(String teamId, String eventId) {
    if (eventId == null) {
      return true;
    }
    return seen.add(eventId) && firstInDatabase(teamId == null ? "" : teamId, eventId);
  }

  private boolean firstInDatabase(String teamId, String eventId) {
    Instant now = clock.instant();
    if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      sinceSweep.set(0);
      jdbi.useHandle(h -> h.createUpdate("delete from seen_event where expires_at < :now").bind("now", now).execute());
    }
    return jdbi.withHandle(h -> h.createUpdate("""
            insert into seen_event (team_id, event_id, expires_at) values (:team, :event, :expires)
            on conflict (team_id, event_id) do nothing
            """)
        .bind("team", teamId)
        .bind("event", eventId)
        .bind("expires", now.plus(KEPT))
        .execute() == 1);
  }
}
