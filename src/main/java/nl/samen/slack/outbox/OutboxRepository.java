package nl.samen.slack.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The outbox table: messages are claimed ('sending') before a send, so none goes out twice. */
final class OutboxRepository {
  private final Jdbi jdbi;

  OutboxRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(String teamId, String channelId, OutgoingMessage.Method method, Optional<String> ref,
      String text, String blocks, Instant now) {
    return jdbi.withHandle(h -> insert(h, teamId, channelId, method, ref, text, blocks, now));
  }

  /** Inserts on the caller's handle, so that the message joins the caller's transaction. */
  static long insert(Handle h, String teamId, String channelId, OutgoingMessage.Method method,
      Optional<String> ref, String text, String blocks, Instant now) {
    return insert(h, teamId, null, channelId, method, ref, text, blocks, now);
  }

  /** @param networkId the network whose coordinators see it if it fails, when it is not its channel */
  static long insert(Handle h, String teamId, Long networkId, String channelId,
      OutgoingMessage.Method method, Optional<String> ref, String text, String blocks, Instant now) {
    return h.createUpdate("""
            insert into outbox (team_id, network_id, channel_id, method, ref, text, blocks, not_before,
                                created_at)
            values (:team, :network, :channel, :method, :ref, :text, :blocks, :now, :now)
            """)
        .bind("network", networkId)
        .bind("team", teamId)
        .bind("channel", channelId)
        .bind("method", method.name().toLowerCase(Locale.ROOT))
        .bind("ref", ref.orElse(null))
        .bind("text", text)
        .bind("blocks", blocks)
        .bind("now", now)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** The oldest due message of each channel (its id), oldest first: one candidate per channel. */
  List<Head> dueHeads(Instant now, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select min(id) as id, channel_id from outbox
            where status = 'pending' and not_before <= :now
            group by channel_id order by 1 limit :limit
            """)
        .bind("now", now)
        .bind("limit", limit)
        .map((rs, ctx) -> new Head(rs.getLong("id"), rs.getString("channel_id")))
        .list());
  }

  record Head(long id, String channelId) {}

  /**
   * Takes these messages for sending in one statement and returns the ones it took: a message
   * another sender took, or that was withdrawn, is left out. A message back in the queue (a retry)
   * is not in Slack's hands: its send begins anew.
   */
  List<OutgoingMessage> claimAll(List<Long> ids, String claimant, Instant now) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery("""
            update outbox set status = 'sending', claimed_by = :claimant, claimed_at = :now, handed_at = null
            where status = 'pending' and id in (<ids>)
            returning *
            """)
        .bindList("ids", ids)
        .bind("claimant", claimant)
        .bind("now", now)
        .map((rs, ctx) -> new OutgoingMessage(
            rs.getLong("id"),
            rs.getString("team_id"),
            rs.getString("channel_id"),
            OutgoingMessage.Method.valueOf(rs.getString("method").toUpperCase(Locale.ROOT)),
            Optional.ofNullable(rs.getString("ref")),
            rs.getString("text"),
            rs.getString("blocks"),
            rs.getInt("attempts")))
        .list());
  }

  Jdbi jdbi() {
    return jdbi;
  }

  Optional<Instant> nextDue() {
    return jdbi.withHandle(h -> h.createQuery(
            "select min(not_before) from outbox where status = 'pending'")
        .mapTo(Instant.class)
        .findOne());
  }

  /** A message Slack accepted: when, and the ts of a new post. */
  record Sent(OutgoingMessage message, Optional<String> postedTs, Instant at) {}

  /** Records sent messages, several in one transaction (one write instead of many under load). */
  void markSent(List<Sent> sent) {
    jdbi.useTransaction(h -> {
      for (Sent one : sent) {
        OutgoingMessage message = one.message();
        h.createUpdate("update outbox set status = 'sent', sent_at = :now where id = :id")
            .bind("now", one.at())
            .bind("id", message.id())
            .execute();
        if (one.postedTs().isPresent() && message.ref().isPresent()) {
          h.createUpdate("""
                  insert into posted_message (team_id, ref, channel_id, ts) values (:team, :ref, :channel, :ts)
                  on conflict (team_id, ref) do update set channel_id = :channel, ts = :ts
                  """)
              .bind("team", message.teamId())
              .bind("ref", message.ref().get())
              .bind("channel", message.channelId())
              .bind("ts", one.postedTs().get())
              .execute();
        }
      }
    });
  }

  /**
   * Puts the message back for a later try. {@code attempts} counts the failed tries that bring it
   * closer to giving up; a 429 is Slack setting the pace, not a failure, and does not count.
   */
  void retryLater(long id, Instant notBefore, String error, boolean countsAsAttempt) {
    jdbi.useHandle(h -> h.createUpdate("""
            update outbox set status = 'pending', not_before = :at, last_error = :error,
                              attempts = attempts + :counted
            where id = :id
            """)
        .bind("at", notBefore)
        .bind("error", error)
        .bind("counted", countsAsAttempt ? 1 : 0)
        .bind("id", id)
        .execute());
  }

  void markFailed(long id, String error) {
    jdbi.useHandle(h -> h.createUpdate(
            "update outbox set status = 'failed', attempts = attempts + 1, last_error = :error where id = :id")
        .bind("error", error)
        .bind("id", id)
        .execute());
  }

  /**
   * A message Slack may have received (a timeout after sending, a 5xx): never sent again (never
   * twice wins over maybe lost), kept as 'unknown' so that coordinators see it.
   */
  void markUnknown(long id, String error) {
    jdbi.useHandle(h -> h.createUpdate(
            "update outbox set status = 'unknown', attempts = attempts + 1, last_error = :error where id = :id")
        .bind("error", error)
        .bind("id", id)
        .execute());
  }

  /** After a crash, a message left 'sending' may or may not have reached Slack: its fate is unknown. */
  int markInterruptedUnknown() {
    return jdbi.withHandle(h -> h.createUpdate("""
            update outbox set status = 'unknown', last_error = 'interrupted while sending'
            where status = 'sending'
            """).execute());
  }

  /** Removes a message that is still waiting; false if it is being sent or already went. */
  boolean withdraw(long id) {
    return jdbi.withHandle(h -> h.createUpdate("delete from outbox where id = :id and status = 'pending'")
        .bind("id", id)
        .execute() == 1);
  }

  Optional<PostedMessage> posted(String teamId, String ref) {
    return jdbi.withHandle(h -> h.createQuery(
            "select channel_id, ts from posted_message where team_id = :team and ref = :ref")
        .bind("team", teamId)
        .bind("ref", ref)
        .map((rs, ctx) -> new PostedMessage(rs.getString("channel_id"), rs.getString("ts")))
        .findOne());
  }

  record PostedMessage(String channelId, String ts) {}
}
