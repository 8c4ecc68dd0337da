package nl.samen.reminder;

import java.time.Clock;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.MeetingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetings planned, moved, cancelled or given their own deadline: their reminders are planned anew (a move makes a new
 * version, whose reminders the old version's claims do not block), reminders still waiting for the
 * old time or a cancelled meeting are withdrawn, and the sender is woken to look again.
 */
final class ReminderRearm {
  private static final Logger log = LoggerFactory.getLogger(ReminderRearm.class);
  private final ReminderService service;
  private final MeetingService meetings;
  private final Clock clock;
  private final Runnable wake;

  ReminderRearm(ReminderService service, MeetingService meetings, Clock clock, Runnable wake) {
    this.service = service;
    this.meetings = meetings;
    this.clock = clock;
    this.wake = wake;
  }

  void scheduled(SamenEvent.MeetingsScheduled scheduled) {
    guarded(() -> scheduled.meetingIds().forEach(id ->
        meetings.meeting(scheduled.teamId(), id).ifPresent(service::meetingPlanned)));
  }

  /** Moved, or a new deadline: nudges count back from it, so the new version's rounds still ahead are planned now. */
  void moved(String teamId, long meetingId) {
    guarded(() -> {
      meetings.meeting(teamId, meetingId).ifPresent(service::meetingPlanned);
      service.withdrawStale(clock.instant());
    });
  }

  void cancelled() {
    guarded(() -> service.withdrawStale(clock.instant()));
  }

  /**
   * The meeting itself is saved already: a failure here must not fail the coordinator's command.
   * The sender's next run (at most an hour away, or the next start) derives everything anew.
   */
  private void guarded(Runnable work) {
    try {
      work.run();
      wake.run();
    } catch (RuntimeException e) {
      log.error("Re-arming reminders after a meeting change failed", e);
    }
  }
}
