package nl.samen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The timer of tests and the playground: moving the clock is what makes planned work run. */
class ClockTimerTest {
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");

  @Test
  void plannedWork_runsOnlyOnceTheClockReachesItsMoment() {
    List<Instant> runs = new CopyOnWriteArrayList<>();
    try (ClockTimer timer = new ClockTimer(clock)) {
      timer.register("work", () -> {
        runs.add(clock.instant());
        return Optional.of(clock.instant().plus(Duration.ofHours(1)));
      }).now();
      timer.settle();
      assertThat(timer.next()).contains(Instant.parse("2026-11-23T09:00:00Z"));

      clock.advance(Duration.ofMinutes(59));
      timer.settle();
      assertThat(runs).hasSize(1);

      clock.advance(Duration.ofMinutes(1));
      timer.settle();
      assertThat(runs).containsExactly(Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T09:00:00Z"));
      assertThat(timer.next()).contains(Instant.parse("2026-11-23T10:00:00Z"));
    }
  }
}
