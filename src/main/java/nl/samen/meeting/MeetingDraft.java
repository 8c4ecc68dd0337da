package nl.samen.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** What a coordinator asked for: one meeting, or a series when {@code repeat} is present. */
public record MeetingDraft(
    String title,
    Meeting.Kind kind,
    LocalDate date,
    LocalTime start,
    Optional<LocalTime> end,
    Optional<String> place,
    Optional<Repeat> repeat) {

  /** Every {@code weeks} weeks, up to and including {@code until}. */
  public record Repeat(int weeks, LocalDate until) {}
}
