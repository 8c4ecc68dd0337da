package nl.samen.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/**
 * A local date and time as typed, in a network's zone. The one place that asks whether the clocks
 * show it: never (the hour skipped when summer time starts), once, or twice (the hour repeated
 * when it ends). {@code ZonedDateTime.of} would silently move the first and pick one of the second.
 *
 * @param part which time of a meeting this is, so that an answer can point at it
 */
record WallTime(LocalDateTime local, ZoneId zone, Part part) {

  public enum Part {
    START,
    END,
    DEADLINE
  }

  public enum Occurs {
    NEVER,
    ONCE,
    TWICE
  }

  public Occurs occurs() {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    return offsets.isEmpty() ? Occurs.NEVER : offsets.size() == 1 ? Occurs.ONCE : Occurs.TWICE;
  }

  /** The moment meant: for a time that occurs twice, the first (the earlier offset, before the change). */
  public Instant firstInstant() {
    if (occurs() == Occurs.NEVER) {
      throw new IllegalStateException(local + " does not exist in " + zone);
    }
    return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
  }

  /** The change of the clocks that skips or repeats this time, when it is not {@link Occurs#ONCE}. */
  public Optional<ZoneOffsetTransition> transition() {
    return Optional.ofNullable(zone.getRules().getTransition(local));
  }

  /** The first of these times that never occurs, if any. */
  public static Optional<WallTime> firstMissing(List<WallTime> times) {
    return times.stream().filter(t -> t.occurs() == Occurs.NEVER).findFirst();
  }

  /** Those of these times that occur twice, each once. */
  public static List<WallTime> twice(List<WallTime> times) {
    return times.stream().filter(t -> t.occurs() == Occurs.TWICE).distinct().toList();
  }
}
