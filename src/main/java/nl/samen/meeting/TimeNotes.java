package nl.samen.meeting;

import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.slack.Formats;
import nl.samen.slack.Refusal;
import nl.samen.slack.Texts;

/** What a coordinator is told about a typed time the clocks skip or repeat (see {@link WallTime}). */
final class TimeNotes {
  private TimeNotes() {}

  /** The refusal of a time in the hour that is skipped when summer time starts. */
  static Refusal missing(WallTime time, Locale locale) {
    return Refusal.of("meeting.time.missing", args(time, locale));
  }

  /** A paragraph per time that occurs twice, saying the first was taken; empty when there are none. */
  static String twice(List<WallTime> times, Locale locale) {
    return times.stream()
        .map(t -> "\n:information_source: " + Texts.get(locale, "meeting.time.twice", args(t, locale)))
        .collect(Collectors.joining());
  }

  private static Object[] args(WallTime time, Locale locale) {
    ZoneOffsetTransition change = time.transition().orElseThrow();
    return new Object[] {
        Formats.date(time.local().toLocalDate(), locale),
        Formats.time(time.local().toLocalTime()),
        time.zone().getId(),
        Formats.time(change.getDateTimeBefore().toLocalTime()),
        Formats.time(change.getDateTimeAfter().toLocalTime()),
        change.getOffsetBefore().getId()};
  }
}
