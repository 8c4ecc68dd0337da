package nl.samen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The clock of tests and the playground: moved by hand, only forward by steps, shared by its zoned views. */
class MutableClockTest {
  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
  private final MutableClock clock = new MutableClock(Clock.fixed(START, ZoneOffset.UTC));

  @Test
  void startsAtTheSystemTime_andMovesOnlyForward() {
    assertThat(clock.instant()).isEqualTo(START);

    assertThat(clock.advance(Duration.ofDays(1))).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
  }

  @Test
  void advanceTo_movesOnlyToALaterMoment() {
    assertThat(clock.advanceTo(START.minusSeconds(60))).isFalse();
    assertThat(clock.advanceTo(START.plus(Duration.ofHours(5)))).isTrue();

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(5)));
  }

  @Test
  void aZonedView_sharesTheOffset() {
    Clock amsterdam = clock.withZone(ZoneId.of("Europe/Amsterdam"));

    clock.advance(Duration.ofHours(3));

    assertThat(amsterdam.instant()).isEqualTo(START.plus(Duration.ofHours(3)));
    assertThat(amsterdam.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
  }
}
