package nl.samen.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Wakes one Quartz job now or at a moment of the app's clock, with a single trigger that each
 * wake-up replaces. Quartz runs on the wall clock; a moment of the app's clock is turned into "this
 * long from now". Never more than an hour asleep, so that a missed wake-up (a clock change, a bug)
 * costs at most an hour.
 */
final class QuartzWakeUp implements WakeUp {
  static final Duration LONGEST_SLEEP = Duration.ofHours(1);

  private final Scheduler scheduler;
  private final JobKey job;
  private final TriggerKey next;
  private final Clock appClock;
  private final Clock wallClock = Clock.systemUTC();

  QuartzWakeUp(Scheduler scheduler, String name, Clock appClock) {
    this.scheduler = scheduler;
    this.job = JobKey.jobKey(name, "samen");
    this.next = TriggerKey.triggerKey(name + "-next", "samen");
    this.appClock = appClock;
    try {
      // Recovery: in a cluster, work that was running on an instance that died runs again on a live
      // one (the work claims in the database, so a second run does no harm); else its next wake-up,
      // which the dead run would have set, is lost.
      scheduler.addJob(JobBuilder.newJob(WorkJob.class).withIdentity(job).storeDurably().requestRecovery()
          .build(), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not add the job " + name, e);
    }
  }

  JobKey job() {
    return job;
  }

  /** Runs the job as soon as possible (after the run in progress, for a non-concurrent job). */
  @Override
  public void now() {
    try {
      scheduler.triggerJob(job);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not wake " + job, e);
    }
  }

  /** Runs the job at this moment of the app's clock, or within the hour; replaces the wake-up set before. */
  void at(Optional<Instant> moment) {
    Duration wait = moment.map(m -> Duration.between(appClock.instant(), m)).orElse(LONGEST_SLEEP);
    wait = wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : wait;
    Trigger trigger = TriggerBuilder.newTrigger()
        .withIdentity(next)
        .forJob(job)
        .startAt(Date.from(wallClock.instant().plus(wait)))
        // Late (a busy scheduler, a suspended machine): fire at once; the job does what is due.
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
    try {
      if (scheduler.checkExists(next)) {
        scheduler.rescheduleJob(next, trigger);
      } else {
        scheduler.scheduleJob(trigger);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule " + job, e);
    }
  }
}
