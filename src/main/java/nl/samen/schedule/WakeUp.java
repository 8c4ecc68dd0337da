package nl.samen.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.Job;
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
 * wake-up replaces. Quartz runs on the wall clock; a moment of the app's clock (moved by hand in
 * tests and the playground) is turned into "this long from now".
 */
public final class WakeUp {
  private final Scheduler scheduler;
  private final JobKey job;
  private final TriggerKey next;
  private final Clock appClock;
  private final Clock wallClock = Clock.systemUTC();

  public WakeUp(Scheduling scheduling, String name, Class<? extends Job> type, Clock appClock) {
    this.scheduler = scheduling.scheduler();
    this.job = JobKey.jobKey(name, "samen");
    this.next = TriggerKey.triggerKey(name + "-next", "samen");
    this.appClock = appClock;
    try {
      scheduler.addJob(JobBuilder.newJob(type).withIdentity(job).storeDurably().build(), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not add the job " + name, e);
    }
  }

  /** Runs the job as soon as possible (after the run in progress, for a non-concurrent job). */
  public void now() {
    try {
      scheduler.triggerJob(job);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not wake " + job, e);
    }
  }

  /** Runs the job at this moment of the app's clock; replaces the wake-up set before. */
  public void at(Instant moment) {
    Duration wait = Duration.between(appClock.instant(), moment);
    Instant fireAt = wallClock.instant().plus(wait.isNegative() ? Duration.ZERO : wait);
    Trigger trigger = TriggerBuilder.newTrigger()
        .withIdentity(next)
        .forJob(job)
        .startAt(Date.from(fireAt))
        // Late (a busy scheduler, a suspended machine): fire at once; the job sends what is due.
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
