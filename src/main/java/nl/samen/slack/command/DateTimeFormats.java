package nl.samen.slack.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date and time forms users type: {@code 2026-12-03} or {@code 3-12-2026}; {@code 09:30} or {@code 9.30}. */
public final class DateTimeFormats {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

  private DateTimeFormats() {}

  public static LocalDate parseDate(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    Matcher dutch = DUTCH_DATE.matcher(text);
    try {
      if (iso.matches()) {
        return LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
      }
      if (dutch.matches()) {
        return LocalDate.of(num(dutch, 3), num(dutch, 2), num(dutch, 1));
      }
    } catch (DateTimeException e) {
      throw new BadCommand("command.error.impossibleDate", text);
    }
    throw new BadCommand("command.error.date", text);
  }

  public static LocalTime parseTime(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      throw new BadCommand("command.error.time", text);
    }
    int hour = num(m, 1);
    int minute = num(m, 2);
    if (hour > 23 || minute > 59) {
      throw new BadCommand("command.error.impossibleTime", text);
    }
    return LocalTime.of(hour, minute);
  }

  /** {@code 09:30}, {@code 09:30-12:00}; an end not after the start is refused. */
  public static TimeRange parseTimeRange(String text) {
    String[] parts = text.split("[-–—]", -1);
    if (parts.length > 2) {
      throw new BadCommand("command.error.time", text);
    }
    LocalTime start = parseTime(parts[0]);
    Optional<LocalTime> end = parts.length == 2 ? Optional.of(parseTime(parts[1])) : Optional.empty();
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new BadCommand("command.error.endBeforeStart", parts[1], parts[0]);
    }
    return new TimeRange(start, end);
  }

  public static boolean looksLikeDate(String text) {
    return ISO_DATE.matcher(text).matches() || DUTCH_DATE.matcher(text).matches();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
