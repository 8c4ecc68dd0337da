package nl.samen.home;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Who opened their App Home, and when last: in the database, so that every instance on it knows.
 * Both questions are answered by the primary key (team, user), without a cache that could go stale.
 */
final class HomeOpenedRepository {
  private final Jdbi jdbi;

  HomeOpenedRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void opened(String teamId, String userId, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into home_opened (team_id, user_id, opened_at) values (:team, :user, :at)
            on conflict (team_id, user_id) do update set opened_at = excluded.opened_at
            """)
        .bind("team", teamId)
        .bind("user", userId)
        .bind("at", at)
        .execute());
  }

  /** When the person last opened their home, if ever. */
  Optional<Instant> lastOpened(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select opened_at from home_opened where team_id = :team and user_id = :user")
        .bind("team", teamId)
        .bind("user", userId)
        .mapTo(Instant.class)
        .findOne());
  }

  /** The people of the team who opened their home since then (at most the workspace's users). */
  Set<String> openedSince(String teamId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery(
            "select user_id from home_opened where team_id = :team and opened_at >= :since")
        .bind("team", teamId)
        .bind("since", since)
        .mapTo(String.class)
        .collect(Collectors.toSet()));
  }

  void delete(String teamId, String userId) {
    jdbi.useHandle(h -> h.createUpdate("delete from home_opened where team_id = :team and user_id = :user")
        .bind("team", teamId)
        .bind("user", userId)
        .execute());
  }
}
