package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.samen.schedule.WakeUp;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz adapter of reminders: sends what is due and sets the next wake-up. Never more than an
 * hour asleep, so that a missed wake-up (a clock change, a bug) costs at most an hour.
 */
@DisallowConcurrentExecution
final class ReminderJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
  static final Duration LONGEST_SLEEP = Duration.ofHours(1);
  static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

  private final ReminderService reminders;
  private final Clock clock;
  private final WakeUp wakeUp;

  ReminderJob(ReminderService reminders, Clock clock, WakeUp wakeUp) {
    this.reminders = reminders;
    this.clock = clock;
    this.wakeUp = wakeUp;
  }

  @Override
  public void execute(JobExecutionContext context) {
    Instant now = clock.instant();
    Instant next = now.plus(LONGEST_SLEEP);
    try {
      ReminderService.Sent sent = reminders.sendDueReminders(now);
      if (sent.messages() > 0 || sent.dropped() > 0) {
        log.info("Reminders: {} message(s) queued, {} dropped", sent.messages(), sent.dropped());
      }
      if (sent.nextDue().isPresent() && sent.nextDue().get().isBefore(next)) {
        next = sent.nextDue().get();
      }
    } catch (RuntimeException e) {
      log.error("Sending due reminders failed; trying again in a minute", e);
      next = now.plus(AFTER_FAILURE);
    }
    try {
      wakeUp.at(next);
    } catch (IllegalStateException e) {
      log.debug("No next wake-up: the scheduler is stopping ({})", e.getMessage());
    }
  }
}
