package nl.samen.schedule;

import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/**
 * Quartz with its in-memory store: it only wakes Samen at the right moments. Nothing is kept in
 * Quartz that the database does not also hold, so its triggers can be rebuilt at every start.
 */
public final class Scheduling implements AutoCloseable {
  private final Scheduler scheduler;

  private Scheduling(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public static Scheduling start(String name, JobFactory jobFactory) {
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
      return new Scheduling(scheduler);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler could not start", e);
    }
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

  @Override
  public void close() {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler did not stop cleanly", e);
    }
  }
}
