package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims beside other instances on one PostgreSQL database, each a single statement (no global lock:
 * a conditional update is atomic by itself). Before its send a message is marked handed, together
 * with the channel's turn in channel_pace; an instance that loses the turn leaves the message for
 * a later round. After Slack's answer the turn lasts a pace from then, as within one instance. A claim not handed within {@link #LEASE} belonged to an instance that died: back to
 * the queue. A handed one may have reached Slack: recorded unknown, never sent twice.
 */
final class SharedClaims implements Claims {
  private static final Logger log = LoggerFactory.getLogger(SharedClaims.class);
  /** Longer than a live worker keeps a claimed message queued before it begins the send. */
  static final Duration LEASE = Duration.ofSeconds(15);
  /** Longer than a send may wait for Slack's answer (SLACK_TIMEOUT) before it records the outcome. */
  static final Duration HANDED_LEASE = Duration.ofMinutes(2);
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(5);
  /**
   * How long a channel's turn lasts before Slack has answered: generous, for a slow request must not
   * reach Slack after the next instance's. Slack's answer sets the true end (a pace from then).
   */
  static final Duration TURN = OutboxWorker.CHANNEL_PACE.multipliedBy(2);

  private final Jdbi jdbi;
  private final Clock wallClock;
  private final String claimant = UUID.randomUUID().toString();
  private volatile Instant nextSweep = Instant.EPOCH;

  SharedClaims(Jdbi jdbi, Clock wallClock) {
    this.jdbi = jdbi;
    this.wallClock = wallClock;
  }

  @Override
  public String claimant() {
    return claimant;
  }

  @Override
  public void recover() {
    sweep();
  }

  @Override
  public void sweep() {
    Instant now = wallClock.instant();
    if (now.isBefore(nextSweep)) {
      return;
    }
    nextSweep = now.plus(SWEEP_EVERY);
    int released = jdbi.withHandle(h -> h.createUpdate("""
            update outbox set status = 'pending', claimed_by = null, claimed_at = null
            where status = 'sending' and handed_at is null and claimed_at < :before
            """).bind("before", now.minus(LEASE)).execute());
    int unknown = jdbi.withHandle(h -> h.createUpdate("""
            update outbox set status = 'unknown', attempts = attempts + 1,
                              last_error = 'interrupted while sending'
            where status = 'sending' and handed_at < :before
            """).bind("before", now.minus(HANDED_LEASE)).execute());
    if (released + unknown > 0) {
      log.warn("An instance stopped while sending: {} message(s) queued again, {} not sent again "
          + "(recorded as unknown)", released, unknown);
    }
  }

  @Override
  public Duration deliver(OutgoingMessage message, Supplier<Duration> send) {
    long turnEnds = wallClock.instant().plus(TURN).toEpochMilli();
    if (!take(message, turnEnds)) {
      return OutboxWorker.CHANNEL_PACE;
    }
    Duration quiet = send.get();
    // As within one instance, the channel is quiet a pace from Slack's answer (or its Retry-After);
    // the turn is still this worker's unless it ran out and another took it.
    long until = wallClock.instant().plus(quiet).toEpochMilli();
    jdbi.useHandle(h -> h.createUpdate("""
            update channel_pace set next_send_at = :until
            where team_id = :team and channel_id = :channel and (next_send_at = :turnEnds or next_send_at < :until)
            """).bind("until", until).bind("turnEnds", turnEnds).bind("team", message.teamId())
        .bind("channel", message.channelId()).execute());
    return quiet;
  }

  private boolean take(OutgoingMessage message, long turnEnds) {
    Instant now = wallClock.instant();
    boolean taken = jdbi.withHandle(h -> h.createUpdate("""
            with turn as (
              insert into channel_pace (team_id, channel_id, next_send_at) values (:team, :channel, :next)
              on conflict (team_id, channel_id) do update set next_send_at = excluded.next_send_at
              where channel_pace.next_send_at <= :nowMillis
              returning 1)
            update outbox set handed_at = :now
            where id = :id and status = 'sending' and claimed_by = :claimant and handed_at is null
              and exists (select 1 from turn)
            """)
        .bind("team", message.teamId())
        .bind("channel", message.channelId())
        .bind("next", turnEnds)
        .bind("nowMillis", now.toEpochMilli())
        .bind("now", now)
        .bind("id", message.id())
        .bind("claimant", claimant)
        .execute() == 1);
    if (!taken) {
      // Another instance has the channel's turn (or the claim expired): a later round sends it.
      jdbi.useHandle(h -> h.createUpdate("""
              update outbox set status = 'pending', claimed_by = null, claimed_at = null
              where id = :id and status = 'sending' and claimed_by = :claimant and handed_at is null
              """).bind("id", message.id()).bind("claimant", claimant).execute());
    }
    return taken;
  }
}
