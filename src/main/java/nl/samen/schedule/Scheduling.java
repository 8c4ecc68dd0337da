package nl.samen.schedule;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.JobFactory;

/**
 * Quartz with its in-memory store: it only wakes Samen at the right moments. Nothing is kept in
 * Quartz that the database does not also hold, so its triggers can be rebuilt at every start.
 */
public final class Scheduling implements AutoCloseable {
  private final Scheduler scheduler;
  private final Map<Class<? extends Job>, Supplier<? extends Job>> jobs;

  private Scheduling(Scheduler scheduler, Map<Class<? extends Job>, Supplier<? extends Job>> jobs) {
    this.scheduler = scheduler;
    this.jobs = jobs;
  }

  public static Scheduling start(String name) {
    Map<Class<? extends Job>, Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();
    JobFactory jobFactory = JobFactories.of(jobs);
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", name);
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    // A restart is the main "misfire" here and our own tables catch up on it; within a run a
    // late trigger should still fire, so the threshold is generous.
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    properties.setProperty("org.quartz.threadPool.threadCount", "2");
    properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    try {
      Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
      scheduler.setJobFactory(jobFactory);
      scheduler.start();
      return new Scheduling(scheduler, jobs);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler could not start", e);
    }
  }

  /** Lets Quartz build jobs of this class with their dependencies (see {@link JobFactories}). */
  public <J extends Job> void registerJob(Class<J> type, Supplier<J> factory) {
    jobs.put(type, factory);
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public boolean isRunning() {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /**
   * Nothing in hand: no job running, and no trigger due (by the wall clock Quartz runs on), fired
   * but not finished, or waiting for a run in progress. Tests await this to know that everything due
   * has been handled.
   */
  public boolean idle() {
    try {
      if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
        return false;
      }
      Date now = Date.from(Clock.systemUTC().instant());
      for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
        Trigger trigger = scheduler.getTrigger(key);
        if (trigger == null) {
          continue; // finished and removed while we looked
        }
        Date next = trigger.getNextFireTime();
        if (next == null || !next.after(now)
            || scheduler.getTriggerState(key) == Trigger.TriggerState.BLOCKED) {
          return false;
        }
      }
      return true;
    } catch (SchedulerException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      // Waits for a running job (e.g. reminders being claimed) before the database closes.
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler did not stop cleanly", e);
    }
  }
}
