package nl.samen.playground;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samen.testing.ClockTimer;
import nl.samen.testing.MutableClock;

/**
 * Moves the app's clock forward for the page's time buttons; the app's timer then runs what fell due
 * (reminders, deadlines, nudges) at once rather than at the wall clock's pace.
 */
final class TimeControl {
  /** The outcome: whether the clock moved, the app's time now, and a line for the page if it did not. */
  record Moved(boolean moved, Instant now, String note) {}

  private final MutableClock clock;
  private final ClockTimer timer;

  TimeControl(MutableClock clock, ClockTimer timer) {
    this.clock = clock;
    this.timer = timer;
  }

  /** {@code hour}, {@code day}, or {@code reminder}: one minute past the next planned wake-up, if any. */
  Moved move(String step) {
    timer.settle(); // a change just made may still be planning its reminders
    switch (step) {
      case "hour" -> clock.advance(Duration.ofHours(1));
      case "day" -> clock.advance(Duration.ofDays(1));
      case "reminder" -> {
        Optional<Instant> next = timer.next();
        if (next.isEmpty() || !clock.advanceTo(next.get().plus(Duration.ofMinutes(1)))) {
          return new Moved(false, clock.instant(), "No reminder is planned after this moment.");
        }
      }
      default -> throw new IllegalArgumentException("Unknown time step " + step);
    }
    timer.settle();
    return new Moved(true, clock.instant(), "");
  }
}
