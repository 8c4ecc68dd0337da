package nl.samen.reminder;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A network's messages other than reminders (announcements, moves, cancellations, seats given)
 * that Slack refused, or that may not have arrived: shown to coordinators next to failed reminders.
 */
final class UndeliveredRepository {
  private final Jdbi jdbi;

  UndeliveredRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One message; {@code unknown} when Slack may or may not have received it. */
  record Undelivered(String recipient, Instant at, String text, boolean unknown, String error) {}

  /** In the network's channel, or a direct message it caused, written since {@code since}. */
  List<Undelivered> of(String teamId, long networkId, String channelId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery("""
            select o.channel_id, o.created_at, o.text, o.status, o.last_error from outbox o
            where o.team_id = :team and (o.channel_id = :channel or o.network_id = :network)
              and o.status in ('failed', 'unknown') and o.created_at >= :since
              and not exists (select 1 from reminder_delivery d where d.outbox_id = o.id)
            order by o.created_at, o.id
            """)
        .bind("team", teamId).bind("network", networkId).bind("channel", channelId).bind("since", since)
        .map((rs, ctx) -> new Undelivered(rs.getString("channel_id"), Instant.parse(rs.getString("created_at")),
            rs.getString("text"), "unknown".equals(rs.getString("status")), rs.getString("last_error")))
        .list());
  }
}
