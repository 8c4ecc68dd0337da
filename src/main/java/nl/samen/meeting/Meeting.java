package nl.samen.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One dated gathering of a network. Stored as local date and times plus the zone, so that it stays
 * at 09:00 local across daylight-saving changes; instants are computed here and nowhere else.
 */
public record Meeting(
    long id,
    String teamId,
    long networkId,
    String title,
    Kind kind,
    LocalDate date,
    LocalTime start,
    Optional<LocalTime> end,
    ZoneId zone,
    Optional<String> place,
    Status status,
    Optional<String> cancelReason,
    int sequence) {

  public enum Kind {
    MEETING,
    NETWORKDAY
  }

  public enum Status {
    SCHEDULED,
    CANCELLED
  }

  public ZonedDateTime startsAtZoned() {
    return ZonedDateTime.of(date, start, zone);
  }

  public Instant startsAt() {
    return startsAtZoned().toInstant();
  }

  /** The end, or two hours after the start when no end was given. */
  public Instant endsAt() {
    return end.map(e -> ZonedDateTime.of(date, e, zone).toInstant())
        .orElse(startsAt().plus(Duration.ofHours(2)));
  }

  public Instant rsvpDeadline(Duration beforeStart) {
    return startsAt().minus(beforeStart);
  }

  public boolean cancelled() {
    return status == Status.CANCELLED;
  }

  public Meeting movedTo(LocalDate newDate, LocalTime newStart, Optional<LocalTime> newEnd) {
    return new Meeting(id, teamId, networkId, title, kind, newDate, newStart, newEnd, zone, place,
        status, cancelReason, sequence + 1);
  }
}
