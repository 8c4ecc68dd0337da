package nl.samen.playground;

import java.util.concurrent.atomic.AtomicLong;

/** A counter that grows with every change a person could see, so that the page redraws only then. */
public final class Revision {
  private final AtomicLong value = new AtomicLong();

  public void bump() {
    value.incrementAndGet();
  }

  public long value() {
    return value.get();
  }
}
