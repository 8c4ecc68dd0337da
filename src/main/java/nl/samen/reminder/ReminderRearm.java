package nl.samen.reminder;

import java.time.Clock;
import java.util.List;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetings planned, moved, cancelled or given their own deadline: their reminders are planned anew (a move makes a new
 * version, whose reminders the old version's claims do not block), reminders still waiting for the
 * old time or a cancelled meeting are withdrawn, and the sender is woken to look again.
 */
final class ReminderRearm implements MeetingListener {
  private static final Logger log = LoggerFactory.getLogger(ReminderRearm.class);
  private final ReminderService service;
  private final Clock clock;
  private final Runnable wake;

  ReminderRearm(ReminderService service, Clock clock, Runnable wake) {
    this.service = service;
    this.clock = clock;
    this.wake = wake;
  }

  @Override
  public void meetingsScheduled(List<Meeting> meetings) {
    guarded(() -> meetings.forEach(service::meetingPlanned));
  }

  @Override
  public void meetingMoved(Meeting before, Meeting after) {
    guarded(() -> {
      service.meetingPlanned(after);
      service.withdrawStale(clock.instant());
    });
  }

  /** Nudges count back from the new deadline: the new version's rounds still ahead are planned now. */
  @Override
  public void deadlineChanged(Meeting before, Meeting after) {
    meetingMoved(before, after);
  }

  @Override
  public void meetingCancelled(Meeting meeting) {
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
