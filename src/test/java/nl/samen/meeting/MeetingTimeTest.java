package nl.samen.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static Meeting meeting(LocalDate date, LocalTime start, Optional<LocalTime> end) {
    return new Meeting(1, "T", 1, "IB-overleg", Meeting.Kind.MEETING, date, start, end, AMSTERDAM,
        Optional.empty(), Meeting.Status.SCHEDULED, Optional.empty(), 0);
  }

  @Test
  void aMeetingStaysAtItsLocalTime_onBothSidesOfTheSpringChange() {
    Meeting before = meeting(LocalDate.of(2027, 3, 22), LocalTime.of(9, 0), Optional.empty());
    Meeting after = meeting(LocalDate.of(2027, 3, 29), LocalTime.of(9, 0), Optional.empty());

    assertThat(before.startsAt()).isEqualTo(Instant.parse("2027-03-22T08:00:00Z"));
    assertThat(after.startsAt()).isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
  }

  @Test
  void aMeetingAcrossTheAutumnChange_lastsItsLocalHours() {
    // The night of 24 to 25 October 2026 has 25 hours in Amsterdam.
    Meeting night = meeting(LocalDate.of(2026, 10, 24), LocalTime.of(20, 0), Optional.empty());
    Meeting moved = night.movedTo(LocalDate.of(2026, 10, 25), LocalTime.of(9, 0), Optional.of(LocalTime.of(12, 0)),
        Instant.parse("2026-10-20T10:00:00Z"));

    assertThat(Duration.between(night.startsAt(), moved.startsAt())).isEqualTo(Duration.ofHours(14));
    assertThat(Duration.between(moved.startsAt(), moved.endsAt())).isEqualTo(Duration.ofHours(3));
    assertThat(moved.sequence()).isEqualTo(1);
  }

  @Test
  void theRsvpDeadline_isCountedBackFromTheInstant() {
    Meeting monday = meeting(LocalDate.of(2027, 3, 29), LocalTime.of(9, 0), Optional.empty());

    assertThat(monday.rsvpDeadline(Duration.ofHours(48))).isEqualTo(Instant.parse("2027-03-27T07:00:00Z"));
  }

  @Test
  void withoutAnEnd_aMeetingIsTakenToLastTwoHours() {
    Meeting m = meeting(LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), Optional.empty());

    assertThat(m.endsAt()).isEqualTo(Instant.parse("2026-12-03T15:00:00Z"));
  }
}
