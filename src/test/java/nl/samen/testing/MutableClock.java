package nl.samen.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand; nothing in a test sleeps for time to pass. For a test of what
 * happens on real time by itself (Quartz firing at a due moment) it can also {@link #run()}.
 */
public final class MutableClock extends Clock {
  private Instant now;
  /** When (System.nanoTime) the clock last stood at {@link #now}, while it runs; null when it stands. */
  private Long runningSince;

  public MutableClock(Instant start) {
    this.now = start;
  }

  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  public synchronized void set(Instant instant) {
    this.now = instant;
    if (runningSince != null) {
      runningSince = System.nanoTime();
    }
  }

  public synchronized void advance(Duration duration) {
    set(instant().plus(duration));
  }

  /** From now on the clock moves on with real time, from where it stands. */
  public synchronized void run() {
    if (runningSince == null) {
      runningSince = System.nanoTime();
    }
  }

  @Override
  public synchronized Instant instant() {
    return runningSince == null ? now : now.plusNanos(System.nanoTime() - runningSince);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
