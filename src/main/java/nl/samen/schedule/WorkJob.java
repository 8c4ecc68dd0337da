package nl.samen.schedule;

import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job of one registered piece of work: runs it and sets its next wake-up. */
@DisallowConcurrentExecution
final class WorkJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(WorkJob.class);

  private final Timer.Work work;
  private final QuartzWakeUp wakeUp;

  WorkJob(Timer.Work work, QuartzWakeUp wakeUp) {
    this.work = work;
    this.wakeUp = wakeUp;
  }

  @Override
  public void execute(JobExecutionContext context) {
    Optional<java.time.Instant> next;
    try {
      next = work.run();
    } catch (RuntimeException e) {
      log.error("Timed work {} failed", context.getJobDetail().getKey(), e);
      next = Optional.empty();
    }
    try {
      wakeUp.at(next);
    } catch (IllegalStateException e) {
      log.debug("No next wake-up: the scheduler is stopping ({})", e.getMessage());
    }
  }
}
