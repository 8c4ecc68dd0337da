package nl.samen.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in the playground: the system clock plus an offset that only grows, so that a
 * visitor can move time forward and see reminders and deadlines fire. Time keeps running meanwhile.
 */
public final class PlaygroundClock extends Clock {
  private final Clock system;
  private final AtomicReference<Duration> offset;
  private final ZoneId zone;

  public PlaygroundClock(Clock system) {
    this(system, new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
  }

  private PlaygroundClock(Clock system, AtomicReference<Duration> offset, ZoneId zone) {
    this.system = system;
    this.offset = offset;
    this.zone = zone;
  }

  /** Moves the clock forward; a negative or zero step is refused, as the app assumes time never runs back. */
  public Instant advance(Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("The playground only moves time forward, not by " + step);
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

  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's offset, so moving one moves both. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new PlaygroundClock(system, offset, newZone);
  }
}
