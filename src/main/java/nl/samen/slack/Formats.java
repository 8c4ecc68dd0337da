package nl.samen.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates and times as people read them, in their language: "do 3 december 2026, 09:30–12:00". */
public final class Formats {
  private Formats() {}

  public static String date(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Texts.supported(locale)).format(date);
  }

  public static String time(LocalTime time) {
    return DateTimeFormatter.ofPattern("HH:mm").format(time);
  }

  public static String dateAndTimes(LocalDate date, LocalTime start, Optional<LocalTime> end, Locale locale) {
    return date(date, locale) + ", " + time(start) + end.map(e -> "–" + time(e)).orElse("");
  }

  /** An instant shown in a zone's local time, e.g. a deadline. */
  public static String instant(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofPattern("EEE d MMMM yyyy HH:mm", Texts.supported(locale))
        .format(instant.atZone(zone));
  }
}
