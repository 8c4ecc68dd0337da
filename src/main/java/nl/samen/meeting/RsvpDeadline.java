package nl.samen.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What decides when answers to a meeting close, and the one rule that does: the meeting's own
 * deadline if a coordinator set one; otherwise the network's default before the start, unless the
 * meeting was planned (or last moved) at or after that moment, in which case answers stay open
 * until it starts. Without that exception a short-notice meeting would be closed from birth.
 *
 * @param scheduledAt when the meeting was scheduled or last moved
 * @param own the coordinator's own deadline, at most the start
 */
record RsvpDeadline(Instant scheduledAt, Optional<Instant> own) {
  /** Planned long ago and no own deadline: the network's default applies. */
  public static final RsvpDeadline DEFAULT = new RsvpDeadline(Instant.EPOCH, Optional.empty());

  public Instant closesAt(Instant start, Duration defaultBeforeStart) {
    if (own.isPresent()) {
      return own.get();
    }
    Instant byDefault = start.minus(defaultBeforeStart);
    return scheduledAt.isBefore(byDefault) ? byDefault : start;
  }

  public RsvpDeadline withOwn(Instant deadline) {
    return new RsvpDeadline(scheduledAt, Optional.of(deadline));
  }
}
