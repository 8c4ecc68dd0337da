package nl.samen.slack.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * What became of messages in the outbox, for features that enqueued them (reminders withdraw the
 * ones still waiting, coordinators see the ones that failed) without reading the outbox's table.
 */
public final class OutboxLedger {
  /** Ids per query: well below any database's limit on bound values. */
  private static final int CHUNK = 500;
  private final Jdbi jdbi;

  public OutboxLedger(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A message Slack refused ({@code error} is its answer) or may not have received ({@code unknown}). */
  public record Undelivered(long id, String channelOrUser, Instant createdAt, String text, boolean unknown,
      String error) {}

  /** The ids of every message still waiting to be sent. */
  public List<Long> pending() {
    return jdbi.withHandle(h -> h.createQuery("select id from outbox where status = 'pending' order by id")
        .mapTo(Long.class).list());
  }

  /** Of these messages, the ones Slack refused or may not have received, by id. */
  public Map<Long, Undelivered> undelivered(Collection<Long> ids) {
    Map<Long, Undelivered> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
      jdbi.useHandle(h -> h.createQuery("""
              select id, channel_id, created_at, text, status, last_error from outbox
              where id in (<ids>) and status in ('failed', 'unknown')
              """)
          .bindList("ids", chunk)
          .map((rs, ctx) -> undelivered(rs))
          .forEach(u -> found.put(u.id(), u)));
    }
    return found;
  }

  /** The team's failed or unknown messages in a channel, or caused by a network, written since {@code since}. */
  public List<Undelivered> undelivered(String teamId, long networkId, String channelId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, channel_id, created_at, text, status, last_error from outbox
            where team_id = :team and (channel_id = :channel or network_id = :network)
              and status in ('failed', 'unknown') and created_at >= :since
            order by created_at, id
            """)
        .bind("team", teamId).bind("network", networkId).bind("channel", channelId).bind("since", since)
        .map((rs, ctx) -> undelivered(rs))
        .list());
  }

  private static Undelivered undelivered(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Undelivered(rs.getLong("id"), rs.getString("channel_id"), Instant.parse(rs.getString("created_at")),
        rs.getString("text"), "unknown".equals(rs.getString("status")), rs.getString("last_error"));
  }
}
