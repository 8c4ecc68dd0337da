package nl.samen.agenda;

import java.time.Instant;
import java.util.Locale;

/** One entry in a meeting's minutes: a note or a decision on one agenda item. */
record Minute(long meetingId, int itemNumber, int seq, Kind kind, String text, String writtenBy, Instant writtenAt) {
  public static final int MAX_TEXT = 1000; // as TextLimits.NOTE

  enum Kind {
    NOTE,
    DECISION;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
