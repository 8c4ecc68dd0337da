package nl.samen.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.samen.testing.Await;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/** In a cluster a trigger may fire on an instance still registering its work: the job is waited for. */
class JobFactoriesTest {
  @Test
  void aJobAskedForBeforeItsRegistration_isHandedOverOnceRegistered() throws Exception {
    JobFactories jobs = new JobFactories();
    JobKey key = JobKey.jobKey("reminders", "samen");
    Job job = context -> { };
    CompletableFuture<Object> asked = new CompletableFuture<>();
    Thread quartz = new Thread(() -> {
      try {
        asked.complete(jobs.supplier(key).get());
      } catch (SchedulerException e) {
        asked.completeExceptionally(e);
      }
    });
    quartz.start();
    Await.until("Quartz's thread waiting for the job", Duration.ofSeconds(10),
        () -> quartz.getState() == Thread.State.TIMED_WAITING);

    jobs.register(key, () -> job);

    assertThat(asked.get(10, TimeUnit.SECONDS)).isSameAs(job);
  }
}
