package nl.samen.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.slack.outbox.Outbox;
import nl.samen.slack.outbox.OutboxLedger;
import org.jdbi.v3.core.Jdbi;

/**
 * Plannings of meetings, handled rounds and claimed deliveries of reminders. Meetings themselves come
 * from the meeting feature's {@link MeetingCatalog}, in bulk, and what became of the messages from the
 * {@link OutboxLedger}; this class reads only reminder tables.
 */
final class ReminderRepository {
  private final Jdbi jdbi;
  private final MeetingPlans plans;
  private final OutboxLedger ledger;

  ReminderRepository(Jdbi jdbi, MeetingCatalog meetings, OutboxLedger ledger) {
    this.jdbi = jdbi;
    this.plans = new MeetingPlans(jdbi, meetings);
    this.ledger = ledger;
  }

  void arm(Meeting meeting, Instant at) {
    plans.arm(meeting, at);
  }

  /** A scheduled meeting with the moment its current version was planned. */
  record PlannedMeeting(Meeting meeting, Instant plannedAt) {}

  List<PlannedMeeting> scheduledMeetings(Instant from, Instant to) {
    return plans.scheduledMeetings(from, to);
  }

  Optional<Instant> plannedAt(Meeting meeting) {
    return plans.plannedAt(meeting);
  }

  /** The rounds already handled (sent or dropped) of these meetings. */
  Map<Round.Key, String> handledRounds(List<Long> meetingIds) {
    Map<Round.Key, String> handled = new HashMap<>();
    MeetingPlans.inChunks(meetingIds, chunk -> jdbi.useHandle(h -> h.createQuery("""
            select meeting_id, sequence, rule, status from reminder_round where meeting_id in (<ids>)
            """)
        .bindList("ids", chunk)
        .map((rs, ctx) -> Map.entry(
            new Round.Key(rs.getLong("meeting_id"), rs.getInt("sequence"), rs.getString("rule")),
            rs.getString("status")))
        .forEach(e -> handled.put(e.getKey(), e.getValue()))));
    return handled;
  }

  /** What happened to each rule of this version of a meeting: status and number of recipients. */
  Map<String, HandledRound> handledRounds(Meeting meeting) {
    Map<String, HandledRound> handled = new LinkedHashMap<>();
    jdbi.useHandle(h -> h.createQuery("""
            select rule, status, recipients from reminder_round
            where meeting_id = :meeting and sequence = :sequence
            """)
        .bind("meeting", meeting.id())
        .bind("sequence", meeting.sequence())
        .map((rs, ctx) -> new HandledRound(rs.getString("rule"), rs.getString("status"), rs.getInt("recipients")))
        .forEach(r -> handled.put(r.rule(), r)));
    return handled;
  }

  record HandledRound(String rule, String status, int recipients) {}

  /**
   * Rounds handled for earlier versions of the meeting, by rule and due time. A new version that
   * kept its start (only its deadline changed) has the same rounds counted from the start: they
   * went out already, under the old version.
   */
  Map<String, HandledRound> handledEarlier(Meeting meeting) {
    Map<String, HandledRound> handled = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("""
            select rule, due_at, status, recipients from reminder_round
            where meeting_id = :meeting and sequence < :sequence order by sequence
            """)
        .bind("meeting", meeting.id())
        .bind("sequence", meeting.sequence())
        .map((rs, ctx) -> Map.entry(rs.getString("rule") + "@" + rs.getString("due_at"),
            new HandledRound(rs.getString("rule"), rs.getString("status"), rs.getInt("recipients"))))
        .forEach(e -> handled.put(e.getKey(), e.getValue())));
    return handled;
  }

  /**
   * Claims and enqueues the deliveries of rounds, and records the rounds as sent, in one
   * transaction: a delivery whose claim exists already (another run, an earlier try) is skipped.
   * Says how many messages were enqueued. Across instances the claim is the insert's conflict on
   * the delivery's key, which PostgreSQL decides row by row; the transaction's global lock
   * (SerialTransactions) costs nothing here, since Quartz runs this job on one instance at a time.
   */
  int claimAndEnqueue(List<Prepared> rounds, Outbox outbox, Instant now) {
    return jdbi.inTransaction(h -> {
      int enqueued = 0;
      for (Prepared prepared : rounds) {
        Round round = prepared.round();
        for (Delivery delivery : prepared.deliveries()) {
          boolean claimed = h.createUpdate("""
                  insert into reminder_delivery (meeting_id, sequence, rule, recipient,
                      team_id, network_id, due_at, claimed_at)
                  values (:meeting, :sequence, :rule, :recipient, :team, :network, :due, :now)
                  on conflict do nothing
                  """)
              .bind("meeting", round.meeting().id())
              .bind("sequence", round.meeting().sequence())
              .bind("rule", round.rule().text())
              .bind("recipient", delivery.recipient())
              .bind("team", round.network().teamId())
              .bind("network", round.network().id())
              .bind("due", round.dueAt())
              .bind("now", now)
              .execute() == 1;
          if (!claimed) {
            continue;
          }
          long outboxId = outbox.enqueue(h, round.network().teamId(), delivery.recipient(),
              delivery.text(), delivery.blocksJson());
          h.createUpdate("""
                  update reminder_delivery set outbox_id = :outbox
                  where meeting_id = :meeting and sequence = :sequence and rule = :rule
                    and recipient = :recipient
                  """)
              .bind("outbox", outboxId)
              .bind("meeting", round.meeting().id())
              .bind("sequence", round.meeting().sequence())
              .bind("rule", round.rule().text())
              .bind("recipient", delivery.recipient())
              .execute();
          enqueued++;
        }
        recordRound(h, round, "sent", prepared.deliveries().size(), now);
      }
      return enqueued;
    });
  }

  /** A round with its messages written, ready to be claimed. */
  record Prepared(Round round, List<Delivery> deliveries) {}

  /** The round fell due while nobody could send it and is no longer useful. */
  void recordDropped(Round round, Instant now) {
    jdbi.useHandle(h -> recordRound(h, round, "dropped", 0, now));
  }

  private static void recordRound(org.jdbi.v3.core.Handle h, Round round, String status, int recipients, Instant now) {
    h.createUpdate("""
            insert into reminder_round (meeting_id, sequence, rule, team_id, network_id,
                due_at, status, recipients, handled_at)
            values (:meeting, :sequence, :rule, :team, :network, :due, :status, :recipients, :now)
            on conflict do nothing
            """)
        .bind("meeting", round.meeting().id())
        .bind("sequence", round.meeting().sequence())
        .bind("rule", round.rule().text())
        .bind("team", round.network().teamId())
        .bind("network", round.network().id())
        .bind("due", round.dueAt())
        .bind("status", status)
        .bind("recipients", recipients)
        .bind("now", now)
        .execute();
  }

  /** A claimed delivery whose message still waits in the outbox. */
  record Waiting(long meetingId, int sequence, String rule, String recipient, long outboxId) {}

  /** Deliveries still waiting in the outbox for meetings that were moved, cancelled or have started. */
  List<Waiting> waitingButStale(Instant now) {
    List<Waiting> waiting = new ArrayList<>();
    MeetingPlans.inChunks(ledger.pending(), chunk -> jdbi.useHandle(h -> h.createQuery("""
            select meeting_id, sequence, rule, recipient, outbox_id from reminder_delivery
            where outbox_id in (<ids>) and status = 'queued'
            """)
        .bindList("ids", chunk)
        .map((rs, ctx) -> new Waiting(rs.getLong("meeting_id"), rs.getInt("sequence"),
            rs.getString("rule"), rs.getString("recipient"), rs.getLong("outbox_id")))
        .forEach(waiting::add)));
    if (waiting.isEmpty()) {
      return waiting;
    }
    Map<Long, Meeting> meetings = plans.meetings(waiting.stream().map(Waiting::meetingId).distinct().toList());
    return waiting.stream().filter(w -> {
      Meeting m = meetings.get(w.meetingId());
      return m != null && (m.status() == Meeting.Status.CANCELLED || m.sequence() != w.sequence()
          || !m.startsAt().isAfter(now));
    }).toList();
  }

  void markWithdrawn(Waiting waiting) {
    jdbi.useHandle(h -> h.createUpdate("""
            update reminder_delivery set status = 'withdrawn'
            where meeting_id = :meeting and sequence = :sequence and rule = :rule and recipient = :recipient
            """)
        .bind("meeting", waiting.meetingId())
        .bind("sequence", waiting.sequence())
        .bind("rule", waiting.rule())
        .bind("recipient", waiting.recipient())
        .execute());
  }

  /** A reminder of a network that did not reach its recipient. */
  record Failure(long meetingId, String rule, String recipient, Instant dueAt, String error) {}

  /**
   * Reminders due since {@code since} that Slack finally refused, that may not have arrived (error
   * 'unknown'), or that came too late to send.
   */
  List<Failure> failures(long networkId, Instant since) {
    record Sent(long meetingId, String rule, String recipient, Instant dueAt, long outboxId) {}
    List<Sent> sent = jdbi.withHandle(h -> h.createQuery("""
            select meeting_id, rule, recipient, due_at, outbox_id from reminder_delivery
            where network_id = :network and due_at >= :since and outbox_id is not null
            """)
        .bind("network", networkId)
        .bind("since", since)
        .map((rs, ctx) -> new Sent(rs.getLong("meeting_id"), rs.getString("rule"), rs.getString("recipient"),
            Instant.parse(rs.getString("due_at")), rs.getLong("outbox_id")))
        .list());
    Map<Long, OutboxLedger.Undelivered> undelivered = ledger.undelivered(sent.stream().map(Sent::outboxId).toList());
    List<Failure> failures = new ArrayList<>(sent.stream().filter(d -> undelivered.containsKey(d.outboxId()))
        .map(d -> {
          OutboxLedger.Undelivered message = undelivered.get(d.outboxId());
          return new Failure(d.meetingId(), d.rule(), d.recipient(), d.dueAt(),
              message.unknown() ? "unknown" : message.error());
        })
        .toList());
    failures.addAll(jdbi.withHandle(h -> h.createQuery("""
            select meeting_id, rule, due_at from reminder_round
            where network_id = :network and due_at >= :since and status = 'dropped'
            """)
        .bind("network", networkId)
        .bind("since", since)
        .map((rs, ctx) -> new Failure(rs.getLong("meeting_id"), rs.getString("rule"), null,
            Instant.parse(rs.getString("due_at")), "dropped"))
        .list()));
    failures.sort(Comparator.comparing(Failure::dueAt).thenComparing(Failure::meetingId));
    return failures;
  }
}
