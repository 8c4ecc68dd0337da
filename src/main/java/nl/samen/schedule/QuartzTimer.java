package nl.samen.schedule;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Production's timer: Quartz with its in-memory store, on the wall clock. It only wakes Samen at the
 * right moments; nothing is kept in Quartz that the database does not also hold, so its triggers can
 * be rebuilt at every start.
 */
public final class QuartzTimer implements Timer {
  private final Scheduler scheduler;
  private final Map<JobKey, Supplier<? extends Job>> jobs;
  private final Clock appClock;

  private QuartzTimer(Scheduler scheduler, Map<JobKey, Supplier<? extends Job>> jobs, Clock appClock) {
    this.scheduler = scheduler;
    this.jobs = jobs;
    this.appClock = appClock;
  }

  /** @param appClock the app's clock, whose moments the work asks to run at */
  public static QuartzTimer start(String name, Clock appClock) {
    Map<JobKey, Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();
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
      return new QuartzTimer(scheduler, jobs, appClock);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler could not start", e);
    }
  }

  @Override
  public WakeUp register(String name, Work work) {
    QuartzWakeUp wakeUp = new QuartzWakeUp(scheduler, name, appClock);
    jobs.put(wakeUp.job(), () -> new WorkJob(work, wakeUp));
    return wakeUp;
  }

  @Override
  public boolean isRunning() {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
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
