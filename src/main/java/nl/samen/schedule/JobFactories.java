package nl.samen.schedule;

import java.util.Map;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;

/** Builds Quartz jobs with their dependencies, from suppliers registered by job key. */
final class JobFactories {
  private JobFactories() {}

  static JobFactory of(Map<JobKey, Supplier<? extends Job>> jobs) {
    return (bundle, scheduler) -> {
      Supplier<? extends Job> supplier = jobs.get(bundle.getJobDetail().getKey());
      if (supplier == null) {
        throw new SchedulerException("No job registered for " + bundle.getJobDetail().getKey());
      }
      return supplier.get();
    };
  }
}
