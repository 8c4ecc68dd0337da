package nl.samen.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Production's timer: Quartz runs registered work when woken, and again at the moment it asks for. */
class QuartzTimerTest {
  private final Clock clock = Clock.systemUTC();

  @Test
  void work_runsWhenWoken_andAgainByItself_atTheMomentItAskedFor() throws Exception {
    List<Instant> runs = new CopyOnWriteArrayList<>();
    CountDownLatch twice = new CountDownLatch(2);
    try (QuartzTimer timer = QuartzTimer.start("quartz-timer-test", clock)) {
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
}
