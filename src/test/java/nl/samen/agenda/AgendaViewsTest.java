package nl.samen.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.slack.Texts;
import org.junit.jupiter.api.Test;

class AgendaViewsTest {
  private static AgendaItem item(int number, Integer minutes) {
    return new AgendaItem(1, number, "Item " + number, Optional.ofNullable(minutes), Optional.empty(),
        Optional.empty(), true, "U1");
  }

  private static Meeting meetingAt(LocalTime start) {
    return new Meeting(1, "T", 1, "Netwerkdag", Meeting.Kind.NETWORKDAY, LocalDate.of(2026, 12, 3), start,
        Optional.empty(), ZoneId.of("Europe/Amsterdam"), Optional.empty(), Meeting.Status.SCHEDULED,
        Optional.empty(), 0);
  }

  @Test
  void startTimes_addUpTheMinutesFromTheMeetingsStart() {
    assertThat(AgendaViews.startTimes(LocalTime.of(9, 30), List.of(item(1, 15), item(2, 45), item(3, 10))))
        .containsExactly(Optional.of(LocalTime.of(9, 30)), Optional.of(LocalTime.of(9, 45)),
            Optional.of(LocalTime.of(10, 30)));
  }

  @Test
  void startTimes_stopAfterAnItemWithoutMinutes() {
    assertThat(AgendaViews.startTimes(LocalTime.of(9, 30), List.of(item(1, 15), item(2, null), item(3, 10))))
        .containsExactly(Optional.of(LocalTime.of(9, 30)), Optional.of(LocalTime.of(9, 45)), Optional.empty());
  }

  @Test
  void startTimes_stopPastMidnight() {
    assertThat(AgendaViews.startTimes(LocalTime.of(23, 0), List.of(item(1, 90), item(2, 10))))
        .containsExactly(Optional.of(LocalTime.of(23, 0)), Optional.empty());
  }

  @Test
  void lines_showNumberTimeTitleAndDetails_escapingWhatWasTyped() {
    AgendaItem typed = new AgendaItem(1, 4, "*Privacy* & <AVG>", Optional.of(20),
        Optional.of(AgendaItem.Part.SUBGROUPS), Optional.of("U0OWNER"), true, "U1");

    assertThat(AgendaViews.lines(meetingAt(LocalTime.of(13, 0)), List.of(typed), Texts.DUTCH))
        .containsExactly("*4.* 13:00 *\u200BPrivacy*\u200B &amp; &lt;AVG&gt; _(20 min · subgroepen · <@U0OWNER>)_");
  }
}
