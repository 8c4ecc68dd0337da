package nl.samen.reminder;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingRepository;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/** Plannings of meetings, handled rounds and claimed deliveries of reminders in SQLite. */
final class ReminderRepository {
  private final Jdbi jdbi;

  ReminderRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void arm(Meeting meeting, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into reminder_arming (team_id, meeting_id, sequence, armed_at)
            values (:team, :meeting, :sequence, :at)
            on conflict do nothing
            """)
        .bind("team", meeting.teamId())
        .bind("meeting", meeting.id())
        .bind("sequence", meeting.sequence())
        .bind("at", at)
        .execute());
  }

  /** A scheduled meeting with the moment its current version was planned. */
  record PlannedMeeting(Meeting meeting, Instant plannedAt) {}

  /**
   * Scheduled meetings starting in ({@code from}, {@code to}]; a meeting from before reminders
   * existed counts as planned when it was created.
   */
  List<PlannedMeeting> scheduledMeetings(Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("""
            select m.*, coalesce(a.armed_at, m.created_at) as planned_at
            from meeting m
            left join reminder_arming a on a.meeting_id = m.id and a.sequence = m.sequence
            where m.status = 'scheduled' and m.starts_at > :from and m.starts_at <= :to
            order by m.starts_at, m.id
            """)
        .bind("from", from)
        .bind("to", to)
        .map((rs, ctx) -> new PlannedMeeting(MeetingRepository.meeting(rs, ctx),
            Instant.parse(rs.getString("planned_at"))))
        .list());
  }

  /** When the current version of the meeting was planned (see {@link #scheduledMeetings}). */
  Optional<Instant> plannedAt(Meeting meeting) {
    return jdbi.withHandle(h -> h.createQuery("""
            select coalesce(a.armed_at, m.created_at) from meeting m
            left join reminder_arming a on a.meeting_id = m.id and a.sequence = m.sequence
            where m.id = :meeting
            """)
        .bind("meeting", meeting.id())
        .mapTo(Instant.class)
        .findOne());
  }

  /** The rounds already handled (sent or dropped) of meetings starting in ({@code from}, {@code to}]. */
  Map<Round.Key, String> handledRounds(Instant from, Instant to) {
    Map<Round.Key, String> handled = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("""
            select r.meeting_id, r.sequence, r.rule, r.status from reminder_round r
            join meeting m on m.id = r.meeting_id
            where m.starts_at > :from and m.starts_at <= :to
            """)
        .bind("from", from)
        .bind("to", to)
        .map((rs, ctx) -> Map.entry(
            new Round.Key(rs.getLong("meeting_id"), rs.getInt("sequence"), rs.getString("rule")),
            rs.getString("status")))
        .forEach(e -> handled.put(e.getKey(), e.getValue())));
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
   * Says how many messages were enqueued.
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
    return jdbi.withHandle(h -> h.createQuery("""
            select d.meeting_id, d.sequence, d.rule, d.recipient, d.outbox_id
            from outbox o
            join reminder_delivery d on d.outbox_id = o.id
            join meeting m on m.id = d.meeting_id
            where o.status = 'pending' and d.status = 'queued'
              and (m.status = 'cancelled' or m.sequence <> d.sequence or m.starts_at <= :now)
            """)
        .bind("now", now)
        .map((rs, ctx) -> new Waiting(rs.getLong("meeting_id"), rs.getInt("sequence"),
            rs.getString("rule"), rs.getString("recipient"), rs.getLong("outbox_id")))
        .list());
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
    return jdbi.withHandle(h -> h.createQuery("""
            select d.meeting_id, d.rule, d.recipient, d.due_at,
                   case o.status when 'unknown' then 'unknown' else o.last_error end as error
            from reminder_delivery d join outbox o on o.id = d.outbox_id
            where d.network_id = :network and d.due_at >= :since and o.status in ('failed', 'unknown')
            union all
            select r.meeting_id, r.rule, null, r.due_at, 'dropped' from reminder_round r
            where r.network_id = :network and r.due_at >= :since and r.status = 'dropped'
            order by 4, 1
            """)
        .bind("network", networkId)
        .bind("since", since)
        .map((rs, ctx) -> new Failure(rs.getLong("meeting_id"), rs.getString("rule"),
            rs.getString("recipient"), Instant.parse(rs.getString("due_at")), rs.getString("error")))
        .list());
  }
}
