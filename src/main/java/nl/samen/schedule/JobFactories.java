package nl.samen.schedule;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;

/**
 * Builds Quartz jobs with their dependencies, from suppliers registered by job key. In a cluster a
 * trigger kept in the database may fire on an instance that is still registering its work at start:
 * the factory waits a while for the job rather than failing, which would put the trigger in Quartz's
 * error state for good.
 */
final class JobFactories {
  static final Duration REGISTRATION_WAIT = Duration.ofSeconds(30);

  private final Map<JobKey, Supplier<? extends Job>> jobs = new HashMap<>();

  synchronized void register(JobKey key, Supplier<? extends Job> job) {
    jobs.put(key, job);
    notifyAll();
  }

  JobFactory factory() {
    return (bundle, scheduler) -> supplier(bundle.getJobDetail().getKey()).get();
  }

  synchronized Supplier<? extends Job> supplier(JobKey key) throws SchedulerException {
    long until = System.nanoTime() + REGISTRATION_WAIT.toNanos();
    while (!jobs.containsKey(key) && System.nanoTime() < until) {
      try {
        wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Supplier<? extends Job> supplier = jobs.get(key);
    if (supplier == null) {
      throw new SchedulerException("No job registered for " + key);
    }
    return supplier;
  }
}
