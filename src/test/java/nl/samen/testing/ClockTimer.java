package nl.samen.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.samen.schedule.Timer;
import nl.samen.schedule.WakeUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer of tests and the playground: it looks at their clock every few milliseconds and runs the
 * work whose moment has come, so moving the clock is enough for due reminders to go out. All work
 * runs on one thread, in order; {@link #settle()} waits until what is due has run.
 */
public final class ClockTimer implements Timer {
  private static final Logger log = LoggerFactory.getLogger(ClockTimer.class);
  private static final Duration LOOK_EVERY = Duration.ofMillis(10);

  private final Clock clock;
  private final Map<String, Work> works = new ConcurrentHashMap<>();
  private final Map<String, Instant> planned = new ConcurrentHashMap<>();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("test-timer"));
  private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(daemon("test-timer-look"));
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  public ClockTimer(Clock clock) {
    this.clock = clock;
    looker.scheduleWithFixedDelay(this::runDue, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public WakeUp register(String name, Work work) {
    works.put(name, work);
    return () -> queue(name);
  }

  /** The earliest moment some work asked to run at, if any is planned. */
  public Optional<Instant> next() {
    return planned.values().stream().min(Instant::compareTo);
  }

  /** Runs every registered work once more now, as a start does, and waits until it has run. */
  public void wakeAll() {
    works.keySet().forEach(this::queue);
    settle();
  }

  /** Runs what is due by the clock now, and waits until it and everything queued before has run. */
  public void settle() {
    long seen;
    do {
      seen = queued.get();
      runDue();
      Future<?> marker = runner.submit(() -> { });
      try {
        marker.get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("The timer did not settle", e);
      }
    } while (queued.get() != seen);
  }

  private synchronized void runDue() {
    Instant now = clock.instant();
    planned.forEach((name, moment) -> {
      if (!moment.isAfter(now) && planned.remove(name, moment)) {
        queue(name);
      }
    });
  }

  private void queue(String name) {
    queued.incrementAndGet();
    try {
      runner.execute(() -> run(name));
    } catch (RejectedExecutionException closed) {
      // the app is stopping: nothing runs any more
    }
  }

  private void run(String name) {
    try {
      planned.remove(name);
      Optional<Instant> next;
      try {
        next = works.get(name).run();
      } catch (RuntimeException e) {
        log.error("Timed work {} failed", name, e);
        return;
      }
      next.ifPresent(moment -> planned.put(name, moment));
    } finally {
      done.incrementAndGet();
    }
  }

  @Override
  public boolean idle() {
    Instant now = clock.instant();
    return done.get() == queued.get() && planned.values().stream().allMatch(m -> m.isAfter(now));
  }

  @Override
  public boolean isRunning() {
    return !runner.isShutdown();
  }

  @Override
  public void close() {
    looker.shutdownNow();
    runner.shutdown();
    try {
      // Work in progress finishes before the app closes its database.
      runner.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
