package nl.samen.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
    int sequence,
    RsvpDeadline deadline) {

  /** A meeting planned long ahead, without its own deadline. */
  public Meeting(long id, String teamId, long networkId, String title, Kind kind, LocalDate date,
      LocalTime start, Optional<LocalTime> end, ZoneId zone, Optional<String> place, Status status,
      Optional<String> cancelReason, int sequence) {
    this(id, teamId, networkId, title, kind, date, start, end, zone, place, status, cancelReason,
        sequence, RsvpDeadline.DEFAULT);
  }

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

  /**
   * When answers close, given the network's default time before the start: the rule of
   * {@link RsvpDeadline}, for answers, workshop choices, views and nudges alike.
   */
  public Instant rsvpDeadline(Duration beforeStart) {
    return deadline.closesAt(startsAt(), beforeStart);
  }

  /** The local times this meeting is given as: its start, and its end if it has one. */
  public List<WallTime> wallTimes() {
    List<WallTime> times = new ArrayList<>();
    times.add(new WallTime(date.atTime(start), zone, WallTime.Part.START));
    end.ifPresent(e -> times.add(new WallTime(date.atTime(e), zone, WallTime.Part.END)));
    return times;
  }

  public boolean cancelled() {
    return status == Status.CANCELLED;
  }

  /** The meeting at another time, planned anew {@code at}; an own deadline of the old time lapses. */
  public Meeting movedTo(LocalDate newDate, LocalTime newStart, Optional<LocalTime> newEnd, Instant at) {
    return new Meeting(id, teamId, networkId, title, kind, newDate, newStart, newEnd, zone, place,
        status, cancelReason, sequence + 1, new RsvpDeadline(at, Optional.empty()));
  }

  /** A new version with its own deadline: its nudges count back from this one. */
  public Meeting withOwnDeadline(Instant ownDeadline) {
    return new Meeting(id, teamId, networkId, title, kind, date, start, end, zone, place, status,
        cancelReason, sequence + 1, deadline.withOwn(ownDeadline));
  }
}
