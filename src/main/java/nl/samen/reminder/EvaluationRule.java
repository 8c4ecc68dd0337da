package nl.samen.reminder;

import java.time.Instant;
import nl.samen.storage.TimeColumns;
import org.jdbi.v3.core.Jdbi;

/**
 * The reminder rule {@code evaluation off|on} ({@code evaluatie uit|aan}): whether a network's
 * members are asked to rate a meeting after it ends. On unless the network switched it off.
 */
final class EvaluationRule {
  private final Jdbi jdbi;

  EvaluationRule(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  boolean on(long networkId) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from reminder_evaluation_off where network_id = :network")
        .bind("network", networkId).mapTo(Integer.class).one()) == 0;
  }

  void set(String teamId, long networkId, boolean on, Instant now) {
    jdbi.useHandle(h -> (on
        ? h.createUpdate("delete from reminder_evaluation_off where network_id = :network")
        : h.createUpdate("""
            insert into reminder_evaluation_off (team_id, network_id, set_at) values (:team, :network, :now)
            on conflict do nothing
            """).bind("team", teamId).bind("now", TimeColumns.instant(now)))
        .bind("network", networkId).execute());
  }
}
