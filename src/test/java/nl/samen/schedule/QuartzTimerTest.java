package nl.samen.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseTarget;
import nl.samen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production's timer: Quartz runs registered work when woken, and again at the moment it asks for. */
class QuartzTimerTest {
  private final Clock clock = Clock.systemUTC();

  @TempDir
  Path directory;

  @Test
  void work_runsWhenWoken_andAgainByItself_atTheMomentItAskedFor() throws Exception {
    try (Database database = Database.open(directory.resolve("samen.db"));
         QuartzTimer timer = QuartzTimer.start("quartz-timer-test", clock)) {
      timer.attach(database);

      assertRunsWhenWokenAndAgain(timer);
      assertThat(timer.cluster()).isEqualTo("single");
    }
  }

  @Test
  void onPostgres_theWakeUpsLiveInQuartzsClusteredStore_andTheInstanceIsListedAlive() throws Exception {
    Map<String, String> env = TestDatabase.freshPostgres();
    try (Database database = Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"),
             env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"), 10));
         QuartzTimer timer = QuartzTimer.start("quartz-cluster-test", clock,
             new ClusterSettings(Optional.of("instance-a"), Duration.ofSeconds(1)))) {
      timer.attach(database);

      assertRunsWhenWokenAndAgain(timer);

      List<String> jobs = database.jdbi().withHandle(h -> h.createQuery(
              "select job_name from qrtz_job_details where requests_recovery").mapTo(String.class).list());
      assertThat(jobs).as("kept in the database, run again elsewhere if its instance dies").containsExactly("work");
      assertThat(timer.cluster()).isEqualTo(Map.of("instance", "instance-a", "instances", List.of("instance-a")));
    }
  }

  private void assertRunsWhenWokenAndAgain(QuartzTimer timer) throws InterruptedException {
    List<Instant> runs = new CopyOnWriteArrayList<>();
    CountDownLatch twice = new CountDownLatch(2);
    WakeUp wakeUp = timer.register("work", () -> {
      runs.add(clock.instant());
      twice.countDown();
      return runs.size() == 1 ? Optional.of(clock.instant().plusMillis(400)) : Optional.empty();
    });
    assertThat(timer.isRunning()).isTrue();

    wakeUp.now();

    assertThat(twice.await(10, TimeUnit.SECONDS)).as("woken, then by its own wake-up").isTrue();
    assertThat(Duration.between(runs.get(0), runs.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(350));
  }
}
