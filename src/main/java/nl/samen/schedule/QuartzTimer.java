package nl.samen.schedule;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Production's timer: Quartz with its in-memory store, on the wall clock. It only wakes Samen at the
 * right moments; nothing is kept in Quartz that the database does not also hold, so its triggers can
 * be rebuilt at every start. Quartz starts in the background, beside the rest of the app's start.
 */
public final class QuartzTimer implements Timer {
  private final CompletableFuture<Scheduler> starting;
  private final Map<JobKey, Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();
  private final Clock appClock;

  private QuartzTimer(String name, Clock appClock) {
    this.appClock = appClock;
    this.starting = CompletableFuture.supplyAsync(() -> startScheduler(name, JobFactories.of(jobs)));
  }

  /** @param appClock the app's clock, whose moments the work asks to run at */
  public static QuartzTimer start(String name, Clock appClock) {
    return new QuartzTimer(name, appClock);
  }

  private static Scheduler startScheduler(String name, JobFactory jobFactory) {
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
      return scheduler;
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler could not start", e);
    }
  }

  /** The running scheduler; its failure to start is the caller's failure. */
  private Scheduler scheduler() {
    try {
      return starting.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @Override
  public WakeUp register(String name, Work work) {
    QuartzWakeUp wakeUp = new QuartzWakeUp(scheduler(), name, appClock);
    jobs.put(wakeUp.job(), () -> new WorkJob(work, wakeUp));
    return wakeUp;
  }

  @Override
  public boolean isRunning() {
    try {
      Scheduler scheduler = scheduler();
      return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
    } catch (SchedulerException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public boolean idle() {
    try {
      Scheduler scheduler = scheduler();
      if (!scheduler.getCurrentlyExecutingJobs().isEmpty()) {
        return false;
      }
      Date now = Date.from(Clock.systemUTC().instant()); // Quartz runs on the wall clock
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
    } catch (SchedulerException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    Scheduler scheduler;
    try {
      scheduler = scheduler();
    } catch (RuntimeException e) {
      return; // it never started: nothing to stop
    }
    try {
      // Waits for a running job (e.g. reminders being claimed) before the database closes.
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler did not stop cleanly", e);
    }
  }
}
