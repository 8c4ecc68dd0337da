package nl.samen.playground;

import java.time.Instant;
import java.util.Optional;
import nl.samen.Application;
import nl.samen.reminder.ReminderFeature;

/**
 * Tells the playground when the next reminder goes out, so that "to the next reminder" can move the
 * clock just past it. It asks the app's reminders feature, as any caller of its public API could.
 */
@FunctionalInterface
public interface NextReminderSource {
  /** None known: for tests of the playground that do not care about reminders. */
  NextReminderSource NONE = (app, now) -> Optional.empty();

  /** The app's own reminders feature. */
  NextReminderSource REMINDERS = (app, now) ->
      app.feature(ReminderFeature.class).flatMap(reminders -> reminders.nextReminderAfter(now));

  /** The first reminder due after {@code now}. */
  Optional<Instant> nextAfter(Application app, Instant now);
}
