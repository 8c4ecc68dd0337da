package nl.samen.playground;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samen.Application;

/**
 * Moves the app's clock forward for the page's time buttons, then tells Samen that time jumped, so
 * that what fell due (reminders, deadlines, nudges) goes out now rather than at the wall clock's pace.
 */
final class TimeControl {
  /** The outcome: whether the clock moved, the app's time now, and a line for the page if it did not. */
  record Moved(boolean moved, Instant now, String note) {}

  private final PlaygroundClock clock;
  private final Application app;
  private final NextReminderSource reminders;

  TimeControl(PlaygroundClock clock, Application app, NextReminderSource reminders) {
    this.clock = clock;
    this.app = app;
    this.reminders = reminders;
  }

  /** {@code hour}, {@code day}, or {@code reminder}: one minute past the next reminder, if one is known. */
  Moved move(String step) {
    switch (step) {
      case "hour" -> clock.advance(Duration.ofHours(1));
      case "day" -> clock.advance(Duration.ofDays(1));
      case "reminder" -> {
        Optional<Instant> next = reminders.nextAfter(app, clock.instant());
        if (next.isEmpty() || !clock.advanceTo(next.get().plus(Duration.ofMinutes(1)))) {
          return new Moved(false, clock.instant(), "No reminder is planned after this moment.");
        }
      }
      default -> throw new IllegalArgumentException("Unknown time step " + step);
    }
    app.timeMoved();
    return new Moved(true, clock.instant(), "");
  }
}
