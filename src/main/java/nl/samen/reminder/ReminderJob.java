package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
  private final Counter queued;
  private final Counter dropped;
  private final Counter failedRounds;

  ReminderJob(ReminderService reminders, Clock clock, MeterRegistry meters) {
    this.reminders = reminders;
    this.clock = clock;
    this.queued = Counter.builder("samen.reminders.sent")
        .description("Reminder messages handed to the outbox").register(meters);
    this.dropped = Counter.builder("samen.reminders.dropped")
        .description("Reminders dropped because they came too late").register(meters);
    this.failedRounds = Counter.builder("samen.reminders.failed")
        .description("Reminder rounds that failed and are tried again a minute later").register(meters);
  }

  @Override
  public Optional<Instant> run() {
    Instant now = clock.instant();
    try {
      ReminderService.Sent sent = reminders.sendDueReminders(now);
      queued.increment(sent.messages());
      dropped.increment(sent.dropped());
      if (sent.messages() > 0 || sent.dropped() > 0) {
        log.info("Reminders: {} message(s) queued, {} dropped", sent.messages(), sent.dropped());
      }
      return sent.nextDue();
    } catch (RuntimeException e) {
      log.error("Sending due reminders failed; trying again in a minute", e);
      failedRounds.increment();
      return Optional.of(now.plus(AFTER_FAILURE));
    }
  }
}
