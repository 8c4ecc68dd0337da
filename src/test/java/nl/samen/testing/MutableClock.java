package nl.samen.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of tests and the playground: a base clock plus an offset that is moved by hand. A test's
 * clock stands still ({@link #at}); the playground's runs on the system clock ({@link #running}).
 * Nothing sleeps for time to pass; the app's {@link ClockTimer} runs what falls due when it moves.
 */
public final class MutableClock extends Clock {
  /** Shared with the views in other zones, so that {@link #run()} moves them all. */
  private final AtomicReference<Clock> base;
  private final AtomicReference<Duration> offset;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(Clock.fixed(start, ZoneOffset.UTC));
  }

  /** Runs with {@code base}, plus what it is moved by. */
  public MutableClock(Clock base) {
    this(new AtomicReference<>(base), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Clock> base, AtomicReference<Duration> offset, ZoneId zone) {
    this.base = base;
    this.offset = offset;
    this.zone = zone;
  }

  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  /** The system clock, moved forward by hand: time keeps running meanwhile. */
  public static MutableClock running() {
    return new MutableClock(Clock.systemUTC());
  }

  /** Puts the clock at this moment, earlier or later. */
  public void set(Instant instant) {
    offset.set(Duration.between(base.get().instant(), instant));
  }

  /** Moves the clock forward; a negative or zero step is refused, as the app assumes time never runs back. */
  public Instant advance(Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("The clock only moves forward, not by " + step);
    }
    offset.accumulateAndGet(step, Duration::plus);
    return instant();
  }

  /** Moves the clock to {@code target} if that lies ahead; says whether it moved. */
  public boolean advanceTo(Instant target) {
    Duration step = Duration.between(instant(), target);
    if (step.isNegative() || step.isZero()) {
      return false;
    }
    advance(step);
    return true;
  }

  /**
   * From now on the clock moves on with real time, from where it stands: for a test of what happens
   * on real time by itself (Quartz firing at a due moment).
   */
  public synchronized void run() {
    Instant standing = instant();
    Clock system = Clock.systemUTC();
    base.set(system);
    offset.set(Duration.between(system.instant(), standing));
  }

  /** How far the clock was moved from its base. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.get().instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's offset, so moving one moves both. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(base, offset, newZone);
  }
}
