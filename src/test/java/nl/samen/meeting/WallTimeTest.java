package nl.samen.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local times the clocks skip (last Sunday of March) or show twice (last Sunday of October). */
class WallTimeTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static WallTime at(String local) {
    return new WallTime(LocalDateTime.parse(local), AMSTERDAM, WallTime.Part.START);
  }

  @Test
  void halfPastTwo_onTheSpringNight_doesNotExist_becauseTheClocksJumpFromTwoToThree() {
    WallTime gap = at("2027-03-28T02:30");

    assertThat(gap.occurs()).isEqualTo(WallTime.Occurs.NEVER);
    assertThat(gap.transition()).hasValueSatisfying(t -> {
      assertThat(t.getDateTimeBefore().toLocalTime()).isEqualTo(LocalTime.of(2, 0));
      assertThat(t.getDateTimeAfter().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    });
    assertThatThrownBy(gap::firstInstant).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void halfPastTwo_onTheAutumnNight_occursTwice_andTheFirstIsSummerTime() {
    WallTime twice = at("2027-10-31T02:30");

    assertThat(twice.occurs()).isEqualTo(WallTime.Occurs.TWICE);
    assertThat(twice.firstInstant()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    assertThat(twice.transition().orElseThrow().getOffsetBefore().getId()).isEqualTo("+02:00");
  }

  @Test
  void theEdgesOfTheChanges_andAnOrdinaryMorning_occurOnce() {
    assertThat(at("2027-03-28T03:00").occurs()).isEqualTo(WallTime.Occurs.ONCE);
    assertThat(at("2027-03-28T01:59").occurs()).isEqualTo(WallTime.Occurs.ONCE);
    assertThat(at("2027-10-31T03:00").occurs()).isEqualTo(WallTime.Occurs.ONCE);
    assertThat(at("2026-12-03T09:30").occurs()).isEqualTo(WallTime.Occurs.ONCE);
    assertThat(at("2026-12-03T09:30").firstInstant()).isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
  }

  @Test
  void inAList_theFirstMissingTime_andEachTwiceTime_areFound() {
    List<WallTime> series = List.of(at("2027-03-21T02:30"), at("2027-03-28T02:30"), at("2027-10-31T02:30"),
        at("2027-10-31T02:30"));

    assertThat(WallTime.firstMissing(series)).contains(at("2027-03-28T02:30"));
    assertThat(WallTime.twice(series)).containsExactly(at("2027-10-31T02:30"));
    assertThat(WallTime.firstMissing(List.of(at("2027-03-21T02:30")))).isEmpty();
  }
}
