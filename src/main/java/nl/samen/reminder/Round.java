package nl.samen.reminder;

import java.time.Instant;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;

/**
 * One rule applied to one version of a meeting: when it falls due, until when it is still worth
 * sending, and when it was planned (reminders already past at that moment are skipped, not caught up).
 */
record Round(Meeting meeting, Network network, ReminderRule rule, Instant dueAt,
    Instant usefulUntil, Instant plannedAt) {

  static Round of(Meeting meeting, Network network, ReminderRule rule, Instant plannedAt) {
    return new Round(meeting, network, rule,
        rule.dueAt(meeting, network.rsvpDeadlineBeforeStart()),
        rule.usefulUntil(meeting, network.rsvpDeadlineBeforeStart()), plannedAt);
  }

  /** Planned when this version of the meeting or the rule was planned, whichever was later. */
  static Round of(Meeting meeting, Network network, ReminderRuleRepository.ActiveRule active,
      Instant meetingPlannedAt) {
    Instant plannedAt = active.setAt().isAfter(meetingPlannedAt) ? active.setAt() : meetingPlannedAt;
    return of(meeting, network, active.rule(), plannedAt);
  }

  Key key() {
    return new Key(meeting.id(), meeting.sequence(), rule.text());
  }

  /** Was already due when the meeting (this version of it) or the rule was planned. */
  boolean pastWhenPlanned() {
    return dueAt.isBefore(plannedAt);
  }

  /** A round's identity: the meeting, its version (a move makes a new one) and the rule's text. */
  record Key(long meetingId, int sequence, String rule) {}
}
