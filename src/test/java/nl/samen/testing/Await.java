package nl.samen.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting on state, the one way tests wait: look at the state until it holds, or fail naming what
 * never came. The short pause between looks is the only sleep in the tests (NoSleepTest keeps it so);
 * no test waits for time to pass or to show that nothing more happens.
 */
public final class Await {
  private static final long PAUSE_MILLIS = 20;

  private Await() {}

  /** Looks until {@code state} holds; fails after {@code within} with {@code what} it waited for. */
  public static void until(String what, Duration within, BooleanSupplier state) {
    until(() -> what, within, state);
  }

  /** As {@link #until(String, Duration, BooleanSupplier)}, with what was seen told at the failure. */
  public static void until(Supplier<String> what, Duration within, BooleanSupplier state) {
    value(what, within, () -> state.getAsBoolean() ? Optional.of(true) : Optional.empty());
  }

  /** Looks until {@code found} gives a value and returns it; a look that throws counts as not yet. */
  public static <T> T value(Supplier<String> what, Duration within, Supplier<Optional<T>> found) {
    long deadline = System.nanoTime() + within.toNanos();
    RuntimeException last = null;
    while (true) {
      try {
        Optional<T> value = found.get();
        if (value.isPresent()) {
          return value.get();
        }
      } catch (RuntimeException e) {
        last = e; // e.g. the app holds the database's write lock for a moment: look again
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + within.toSeconds() + " s: " + what.get(), last);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting", e);
    }
  }
}
