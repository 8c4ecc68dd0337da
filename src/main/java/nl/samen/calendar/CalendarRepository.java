package nl.samen.calendar;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Each person's calendar feed token, in SQLite. */
final class CalendarRepository {
  private final Jdbi jdbi;

  CalendarRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Who a feed token belongs to. */
  record Owner(String teamId, String userId, Instant createdAt) {}

  Optional<String> token(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select token from calendar_token where team_id = :team and user_id = :user")
        .bind("team", teamId)
        .bind("user", userId)
        .mapTo(String.class)
        .findOne());
  }

  Optional<Owner> owner(String token) {
    return jdbi.withHandle(h -> h.createQuery("select * from calendar_token where token = :token")
        .bind("token", token)
        .map((rs, ctx) -> new Owner(rs.getString("team_id"), rs.getString("user_id"),
            Instant.parse(rs.getString("created_at"))))
        .findOne());
  }

  Optional<Owner> ownerOf(String teamId, String userId) {
    return token(teamId, userId).flatMap(this::owner);
  }

  /** Keeps an existing token (two first requests at once get the same one), else stores this one. */
  String saveIfAbsent(String teamId, String userId, String token, Instant at) {
    return jdbi.inTransaction(h -> {
      h.createUpdate("""
              insert into calendar_token (team_id, user_id, token, created_at)
              values (:team, :user, :token, :at)
              on conflict (team_id, user_id) do nothing
              """)
          .bind("team", teamId)
          .bind("user", userId)
          .bind("token", token)
          .bind("at", at)
          .execute();
      return h.createQuery("select token from calendar_token where team_id = :team and user_id = :user")
          .bind("team", teamId)
          .bind("user", userId)
          .mapTo(String.class)
          .one();
    });
  }

  void replace(String teamId, String userId, String token, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into calendar_token (team_id, user_id, token, created_at)
            values (:team, :user, :token, :at)
            on conflict (team_id, user_id) do update set token = :token, created_at = :at
            """)
        .bind("team", teamId)
        .bind("user", userId)
        .bind("token", token)
        .bind("at", at)
        .execute());
  }

  void delete(String teamId, String userId) {
    jdbi.useHandle(h -> h.createUpdate("delete from calendar_token where team_id = :team and user_id = :user")
        .bind("team", teamId)
        .bind("user", userId)
        .execute());
  }
}
