package nl.samen.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for when answers close: own deadline, else the default, else the start. */
class RsvpDeadlineTest {
  private static final Duration TWO_DAYS = Duration.ofHours(48);
  // Thursday 3 December 2026, 09:30 in Amsterdam; the default deadline is Tuesday 08:30Z.
  private static final Instant START = Instant.parse("2026-12-03T08:30:00Z");
  private static final Instant DEFAULT = Instant.parse("2026-12-01T08:30:00Z");

  private static Meeting meetingScheduledAt(String at, Optional<Instant> own) {
    return new Meeting(1, "T", 1, "IB-overleg", Meeting.Kind.MEETING, LocalDate.of(2026, 12, 3),
        LocalTime.of(9, 30), Optional.empty(), ZoneId.of("Europe/Amsterdam"), Optional.empty(),
        Meeting.Status.SCHEDULED, Optional.empty(), 0, new RsvpDeadline(Instant.parse(at), own));
  }

  @Test
  void aMeetingPlannedWellAhead_closesAtTheNetworksDefault() {
    assertThat(meetingScheduledAt("2026-11-23T08:00:00Z", Optional.empty()).rsvpDeadline(TWO_DAYS))
        .isEqualTo(DEFAULT);
  }

  @Test
  void aMeetingPlannedAfterItsDefaultDeadline_takesAnswersUntilItStarts() {
    assertThat(meetingScheduledAt("2026-12-03T03:30:00Z", Optional.empty()).rsvpDeadline(TWO_DAYS))
        .isEqualTo(START);
    assertThat(meetingScheduledAt("2026-12-01T08:30:00Z", Optional.empty()).rsvpDeadline(TWO_DAYS))
        .as("planned at the very moment the default would close").isEqualTo(START);
    assertThat(meetingScheduledAt("2026-12-01T08:29:59Z", Optional.empty()).rsvpDeadline(TWO_DAYS))
        .as("a second earlier there is still a second to answer").isEqualTo(DEFAULT);
  }

  @Test
  void anOwnDeadline_winsOverTheRule_earlierOrLater() {
    Instant friday = Instant.parse("2026-11-27T16:00:00Z");
    Instant wednesday = Instant.parse("2026-12-02T16:00:00Z");

    assertThat(meetingScheduledAt("2026-11-23T08:00:00Z", Optional.of(friday)).rsvpDeadline(TWO_DAYS)).isEqualTo(friday);
    assertThat(meetingScheduledAt("2026-11-23T08:00:00Z", Optional.of(wednesday)).rsvpDeadline(TWO_DAYS)).isEqualTo(wednesday);
    assertThat(meetingScheduledAt("2026-12-03T03:30:00Z", Optional.of(wednesday)).rsvpDeadline(TWO_DAYS)).isEqualTo(wednesday);
  }

  @Test
  void settingAnOwnDeadline_makesANewVersion_andAMoveLetsItLapse() {
    Meeting planned = meetingScheduledAt("2026-11-23T08:00:00Z", Optional.empty());
    Meeting withOwn = planned.withOwnDeadline(Instant.parse("2026-12-02T16:00:00Z"));
    assertThat(withOwn.sequence()).isEqualTo(1);

    // Moved on Wednesday evening to Thursday afternoon: past its new default, so open until the start.
    Meeting moved = withOwn.movedTo(LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), Optional.empty(),
        Instant.parse("2026-12-02T18:00:00Z"));

    assertThat(moved.deadline().own()).isEmpty();
    assertThat(moved.rsvpDeadline(TWO_DAYS)).isEqualTo(moved.startsAt()).isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
    assertThat(moved.sequence()).isEqualTo(2);
  }
}
