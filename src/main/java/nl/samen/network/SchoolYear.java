package nl.samen.network;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, 1 August to 31 July, named like {@code 2026-2027}. */
public record SchoolYear(int startYear) {
  private static final Pattern NAME = Pattern.compile("(\\d{4})[-/–](\\d{4})");

  /** The school year a date falls in: from 1 August on it is the next one. */
  public static SchoolYear of(LocalDate date) {
    return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** Parses {@code 2026-2027}; the second year must follow the first. */
  public static java.util.Optional<SchoolYear> parse(String text) {
    Matcher m = NAME.matcher(text.strip());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    return second == first + 1 ? java.util.Optional.of(new SchoolYear(first)) : java.util.Optional.empty();
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.AUGUST, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.JULY, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public String name() {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public String toString() {
    return name();
  }
}
