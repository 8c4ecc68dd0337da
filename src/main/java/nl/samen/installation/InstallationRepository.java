package nl.samen.installation;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The installations and the OAuth states under way; tokens arrive here already encrypted. */
final class InstallationRepository {
  private final Jdbi jdbi;

  InstallationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  record Stored(Installation installation, String sealedToken) {}

  /** A workspace installing again (more scopes, a new token) replaces its row. */
  void save(Installation i, String sealedToken) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from installation where team_id = :team").bind("team", i.teamId()).execute();
      h.createUpdate("""
              insert into installation (team_id, enterprise_id, bot_user_id, bot_token, scopes, installed_by,
                installed_at)
              values (:team, :enterprise, :botUser, :token, :scopes, :by, :at)
              """)
          .bind("team", i.teamId()).bind("enterprise", i.enterpriseId().orElse(null))
          .bind("botUser", i.botUserId()).bind("token", sealedToken).bind("scopes", i.scopes())
          .bind("by", i.installedBy().orElse(null)).bind("at", i.installedAt())
          .execute();
    });
  }

  Optional<Stored> find(String teamId) {
    return jdbi.withHandle(h -> h.createQuery("select * from installation where team_id = :team")
        .bind("team", teamId)
        .map((rs, ctx) -> new Stored(new Installation(rs.getString("team_id"),
            Optional.ofNullable(rs.getString("enterprise_id")), rs.getString("bot_user_id"),
            rs.getString("scopes"), Optional.ofNullable(rs.getString("installed_by")),
            Instant.parse(rs.getString("installed_at"))), rs.getString("bot_token")))
        .findOne());
  }

  void addState(String state, Instant expiresAt) {
    jdbi.useHandle(h -> h.createUpdate("insert into oauth_state (state, expires_at) values (:state, :expires)")
        .bind("state", state).bind("expires", expiresAt).execute());
  }

  /**
   * Takes the state if it is there and not expired, in one statement: of two redirects with the
   * same state only one gets it. Expired states go at the same time.
   */
  boolean takeState(String state, Instant now) {
    return jdbi.inTransaction(h -> {
      int taken = h.createUpdate("delete from oauth_state where state = :state and expires_at > :now")
          .bind("state", state).bind("now", now).execute();
      h.createUpdate("delete from oauth_state where expires_at <= :now").bind("now", now).execute();
      return taken == 1;
    });
  }
}
