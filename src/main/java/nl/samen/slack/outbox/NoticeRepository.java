package nl.samen.slack.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The outbox_notice table: changes whose messages are still to be written, one per person. */
final class NoticeRepository {
  private final Jdbi jdbi;

  NoticeRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A notice waiting to be expanded. */
  record Notice(long id, String teamId, Long networkId, String kind, String payload, int attempts) {}

  static void insert(Handle h, String teamId, Long networkId, String kind, String payload, Instant now) {
    h.createUpdate("""
            insert into outbox_notice (team_id, network_id, kind, payload, not_before, created_at)
            values (:team, :network, :kind, :payload, :now, :now)
            """)
        .bind("team", teamId).bind("network", networkId).bind("kind", kind).bind("payload", payload)
        .bind("now", now)
        .execute();
  }

  List<Notice> due(Instant now, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from outbox_notice where status = 'pending' and not_before <= :now
            order by id limit :limit
            """)
        .bind("now", now).bind("limit", limit)
        .map((rs, ctx) -> new Notice(rs.getLong("id"), rs.getString("team_id"),
            rs.getObject("network_id") == null ? null : rs.getLong("network_id"), rs.getString("kind"),
            rs.getString("payload"), rs.getInt("attempts")))
        .list());
  }

  Optional<Instant> nextDue() {
    return jdbi.withHandle(h -> h.createQuery(
            "select min(not_before) from outbox_notice where status = 'pending'")
        .mapTo(Instant.class)
        .findOne());
  }

  /**
   * Writes the notice's messages and marks it done, in one transaction: a crash before it leaves the
   * notice pending, after it the notice is done, so each message is written exactly once. The
   * payload (it may name a person) is not kept once it served.
   */
  boolean expand(Notice notice, List<Outbox.Message> messages, Instant now) {
    return jdbi.inTransaction(h -> {
      int taken = h.createUpdate("""
              update outbox_notice set status = 'done', done_at = :now, payload = ''
              where id = :id and status = 'pending'
              """)
          .bind("now", now).bind("id", notice.id()).execute();
      if (taken == 1) {
        for (Outbox.Message m : messages) {
          OutboxRepository.insert(h, notice.teamId(), notice.networkId(), m.channelOrUser(),
              OutgoingMessage.Method.POST, Optional.empty(), m.text(), m.blocksJson(), now);
        }
      }
      return taken == 1;
    });
  }

  void retryLater(long id, Instant notBefore, String error) {
    jdbi.useHandle(h -> h.createUpdate("""
            update outbox_notice set not_before = :at, last_error = :error, attempts = attempts + 1
            where id = :id
            """)
        .bind("at", notBefore).bind("error", error).bind("id", id).execute());
  }

  void markFailed(long id, String error) {
    jdbi.useHandle(h -> h.createUpdate("""
            update outbox_notice set status = 'failed', last_error = :error, attempts = attempts + 1
            where id = :id
            """)
        .bind("error", error).bind("id", id).execute());
  }
}
