package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samen.schedule.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timed work of reminders: sends what is due by the app's clock and asks to run again when the
 * next round falls due (a minute after a failure). The timer decides how it wakes.
 */
final class ReminderJob implements Timer.Work {
  private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
  static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

  private final ReminderService reminders;
  private final Clock clock;

  ReminderJob(ReminderService reminders, Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  @Override
  public Optional<Instant> run() {
    Instant now = clock.instant();
    try {
      ReminderService.Sent sent = reminders.sendDueReminders(now);
      if (sent.messages() > 0 || sent.dropped() > 0) {
        log.info("Reminders: {} message(s) queued, {} dropped", sent.messages(), sent.dropped());
      }
      return sent.nextDue();
    } catch (RuntimeException e) {
      log.error("Sending due reminders failed; trying again in a minute", e);
      return Optional.of(now.plus(AFTER_FAILURE));
    }
  }
}
