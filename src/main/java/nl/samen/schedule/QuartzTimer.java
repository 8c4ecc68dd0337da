package nl.samen.schedule;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.samen.storage.Database;
import nl.samen.storage.Dialect;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Production's timer: Quartz on the wall clock. It only wakes Samen at the right moments; the work
 * it wakes claims what is due in the database, so a wake-up that fires twice does no harm. Quartz
 * starts in the background once the database is open ({@link #attach}): in memory on SQLite, in its
 * clustered store on PostgreSQL (see {@link QuartzStores}).
 */
public final class QuartzTimer implements Timer {
  private final CompletableFuture<Scheduler> starting = new CompletableFuture<>();
  private final JobFactories jobs = new JobFactories();
  private final String name;
  private final Clock appClock;
  private final ClusterSettings cluster;
  private volatile Optional<ClusterMembers> members = Optional.empty();

  private QuartzTimer(String name, Clock appClock, ClusterSettings cluster) {
    this.name = name;
    this.appClock = appClock;
    this.cluster = cluster;
  }

  /** @param appClock the app's clock, whose moments the work asks to run at */
  public static QuartzTimer start(String name, Clock appClock) {
    return start(name, appClock, ClusterSettings.single());
  }

  /** @param cluster this instance's part in a cluster, when the database is PostgreSQL */
  public static QuartzTimer start(String name, Clock appClock, ClusterSettings cluster) {
    return new QuartzTimer(name, appClock, cluster);
  }

  @Override
  public void attach(Database database) {
    CompletableFuture.runAsync(() -> {
      try {
        Properties properties = database.dialect() == Dialect.POSTGRESQL
            ? QuartzStores.clustered(name, cluster, database.dataSource())
            : QuartzStores.inMemory(name);
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.setJobFactory(jobs.factory());
        if (database.dialect() == Dialect.POSTGRESQL) {
          members = Optional.of(new ClusterMembers(database.jdbi(), name, scheduler.getSchedulerInstanceId()));
        }
        scheduler.start();
        starting.complete(scheduler);
      } catch (SchedulerException | RuntimeException e) {
        starting.completeExceptionally(new IllegalStateException("The scheduler could not start", e));
      }
    });
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
    jobs.register(wakeUp.job(), () -> new WorkJob(work, wakeUp));
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
  public Object cluster() {
    return members.<Object>map(ClusterMembers::report).orElse("single");
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
      if (!starting.isDone()) {
        starting.completeExceptionally(new IllegalStateException("closed before the database was open"));
      }
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
