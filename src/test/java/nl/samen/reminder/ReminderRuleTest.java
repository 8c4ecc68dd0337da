package nl.samen.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final Duration DEADLINE = Duration.ofHours(48);

  static Meeting meetingAt(String date, String time) {
    return new Meeting(1, "T", 1, "IB-netwerk", Meeting.Kind.MEETING, LocalDate.parse(date),
        LocalTime.parse(time), Optional.empty(), AMSTERDAM, Optional.empty(),
        Meeting.Status.SCHEDULED, Optional.empty(), 0);
  }

  static ReminderRule rule(String text) {
    return ReminderRule.fromText(text);
  }

  @Test
  void oneDayBeforeMondayNine_isSundayNineLocal() {
    Meeting monday = meetingAt("2026-12-07", "09:00");

    assertThat(rule("1d dm").dueAt(monday, DEADLINE)).isEqualTo("2026-12-06T08:00:00Z");
    assertThat(rule("7d channel").dueAt(monday, DEADLINE)).isEqualTo("2026-11-30T08:00:00Z");
  }

  @Test
  void springForward_2027_03_28_daysKeepTheLocalTime() {
    Meeting monday = meetingAt("2027-03-29", "09:00"); // CEST, 07:00Z

    assertThat(rule("1d dm").dueAt(monday, DEADLINE))
        .as("Sunday 28 March 09:00 CEST, the day the clocks went forward")
        .isEqualTo("2027-03-28T07:00:00Z");
    assertThat(rule("7d channel").dueAt(monday, DEADLINE))
        .as("Monday 22 March 09:00 CET").isEqualTo("2027-03-22T08:00:00Z");
  }

  @Test
  void springForward_hoursAndMinutesCountElapsedTime() {
    Meeting sunday = meetingAt("2027-03-28", "09:00"); // CEST, 07:00Z

    assertThat(rule("8h dm").dueAt(sunday, DEADLINE))
        .as("8 real hours before: 00:00 CET, nine on the wall clock").isEqualTo("2027-03-27T23:00:00Z");
    assertThat(rule("90m channel").dueAt(sunday, DEADLINE)).isEqualTo("2027-03-28T05:30:00Z");
  }

  @Test
  void fallBack_2026_10_25_and_2027_10_31_daysKeepTheLocalTime() {
    assertThat(rule("1d dm").dueAt(meetingAt("2026-10-26", "09:00"), DEADLINE))
        .as("Sunday 25 October 09:00 CET").isEqualTo("2026-10-25T08:00:00Z");
    assertThat(rule("7d channel").dueAt(meetingAt("2026-10-26", "09:00"), DEADLINE))
        .as("Monday 19 October 09:00 CEST").isEqualTo("2026-10-19T07:00:00Z");
    assertThat(rule("1d dm").dueAt(meetingAt("2027-11-01", "09:00"), DEADLINE))
        .as("Sunday 31 October 09:00 CET").isEqualTo("2027-10-31T08:00:00Z");
    assertThat(rule("3h dm").dueAt(meetingAt("2027-10-31", "04:00"), DEADLINE))
        .as("three real hours before 04:00 CET is 02:00 CEST, the first of the two").isEqualTo("2027-10-31T00:00:00Z");
  }

  @Test
  void nudge_countsBackFromTheRsvpDeadline_andIsUsefulUntilIt() {
    Meeting tuesday = meetingAt("2027-03-30", "09:00"); // 07:00Z; deadline 48 h before: Sun 28 07:00Z = 09:00 CEST

    assertThat(rule("nudge 1d").dueAt(tuesday, DEADLINE))
        .as("Saturday 27 March 09:00 CET").isEqualTo("2027-03-27T08:00:00Z");
    assertThat(rule("nudge 1d").usefulUntil(tuesday, DEADLINE)).isEqualTo("2027-03-28T07:00:00Z");
    assertThat(rule("1d dm").usefulUntil(tuesday, DEADLINE)).isEqualTo(tuesday.startsAt());
  }

  @Test
  void aRuleThatFallsInTheSpringGap_movesToTheFirstValidMoment() {
    Meeting monday = meetingAt("2027-03-29", "02:30"); // the same local time on Sunday does not exist

    assertThat(rule("1d dm").dueAt(monday, DEADLINE)).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
  }

  @Test
  void text_roundTrips_andNudgesInMinutesDoNotExist() {
    for (String text : new String[] {"7d channel", "1d dm", "nudge 1d", "30m channel", "nudge 12h"}) {
      assertThat(rule(text).text()).isEqualTo(text);
    }
    assertThatThrownBy(() -> new ReminderRule(ReminderRule.Kind.NUDGE, 5, ReminderRule.Unit.MINUTES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
