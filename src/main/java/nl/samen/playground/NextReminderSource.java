package nl.samen.playground;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the playground when the next reminder goes out, so that "to the next reminder" can move the
 * clock just past it. Reads the playground's own throwaway database, never the app's internals.
 */
@FunctionalInterface
public interface NextReminderSource {
  /** None known: the reminders feature is not wired into the playground. */
  NextReminderSource NONE = (database, now) -> Optional.empty();

  /** The first reminder due after {@code now}, read (read-only) from the SQLite file at {@code database}. */
  Optional<Instant> nextAfter(Path database, Instant now);
}
