package nl.samen.plan;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One change to an activity, kept for good: who did what, when, with which note. */
public record ActivityEvent(
    long activityId, Kind kind, Optional<Integer> percent, Optional<String> note, String actor, Instant at) {

  public enum Kind {
    PROGRESS,
    DONE,
    DROPPED,
    OUTCOME;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
