package nl.samen.schedule;

import java.time.Instant;
import java.util.Optional;
import nl.samen.storage.Database;

/**
 * Wakes Samen's timed work at moments of the app's clock. Production uses {@link QuartzTimer} on the
 * wall clock; tests and the playground inject a timer that fires when they move their clock.
 */
public interface Timer extends AutoCloseable {
  /**
   * Work that runs when woken and says when it wants to run next, by the app's clock (empty: nothing
   * planned). One piece of work never runs twice at once.
   */
  @FunctionalInterface
  interface Work {
    Optional<Instant> run();
  }

  /** Registers the work under a name; it first runs when woken. */
  WakeUp register(String name, Work work);

  boolean isRunning();

  /**
   * The database is open: a timer that keeps its wake-ups there starts now (Quartz's clustered store
   * on PostgreSQL). Called once at start, before any work registers.
   */
  default void attach(Database database) {}

  /**
   * Who runs the timed work, for /health: {@code "single"}, or this instance's id and the live
   * instances of the cluster.
   */
  default Object cluster() {
    return "single";
  }

  /**
   * Nothing in hand: no work running, and none due by now or waiting for a run in progress. Tests
   * await this (with the outbox drained) to know that everything due has been handled.
   */
  boolean idle();

  @Override
  void close();
}
