package nl.samen.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a coordinator asked for: one meeting, or a series when {@code repeat} is present. A single
 * meeting may have its own RSVP deadline (local time); a series keeps the default for each meeting.
 */
public record MeetingDraft(
    String title,
    Meeting.Kind kind,
    LocalDate date,
    LocalTime start,
    Optional<LocalTime> end,
    Optional<String> place,
    Optional<Repeat> repeat,
    Optional<LocalDateTime> deadline) {

  public MeetingDraft {
    if (repeat.isPresent() && deadline.isPresent()) {
      throw new IllegalArgumentException("A series has no single own deadline");
    }
  }

  /** A meeting or series without its own deadline. */
  public MeetingDraft(String title, Meeting.Kind kind, LocalDate date, LocalTime start,
      Optional<LocalTime> end, Optional<String> place, Optional<Repeat> repeat) {
    this(title, kind, date, start, end, place, repeat, Optional.empty());
  }

  /** The local times typed, on each of these dates: the start, the end if any, and the own deadline. */
  List<WallTime> wallTimes(List<LocalDate> dates, ZoneId zone) {
    List<WallTime> times = new ArrayList<>();
    for (LocalDate date : dates) {
      times.add(new WallTime(date.atTime(start), zone, WallTime.Part.START));
      end.ifPresent(e -> times.add(new WallTime(date.atTime(e), zone, WallTime.Part.END)));
    }
    deadline.ifPresent(d -> times.add(new WallTime(d, zone, WallTime.Part.DEADLINE)));
    return times;
  }

  /** Every {@code weeks} weeks, up to and including {@code until}. */
  public record Repeat(int weeks, LocalDate until) {}
}
