package nl.samen.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.slack.BlockJson;
import nl.samen.slack.Texts;
import org.junit.jupiter.api.Test;

class ReminderViewsTest {
  static final Network NETWORK = new Network(1, "T", "C0NET", "IB <Noord>", false, ReminderRuleTest.AMSTERDAM, 48,
      "U0COORD", Instant.EPOCH);

  static Round round(String rule) {
    Meeting meeting = ReminderRuleTest.meetingAt("2026-12-07", "09:30");
    return Round.of(meeting, NETWORK, ReminderRule.fromText(rule), Instant.EPOCH);
  }

  @Test
  void aReminder_namesTheMeeting_itsTime_theAgenda_andCarriesRsvpButtons() {
    String json = BlockJson.json(ReminderViews.blocks(round("1d dm"), List.of("Opening", "Casus <@U1> *bespreken*"),
        Texts.DUTCH));

    assertThat(json).contains("Herinnering", "#1 IB-netwerk", "ma 7 december 2026, 09:30", "Agenda",
        "• Opening", "rsvp_yes", "rsvp_no", "rsvp_maybe", "\\u0026lt;Noord\\u0026gt;", "vóór za 5 december 2026 09:30");
    assertThat(json).as("what people typed cannot mention anyone or format").doesNotContain("<@U1>", "*bespreken*");
  }

  @Test
  void withoutAnAgenda_thereIsNoAgendaBlock() {
    String json = BlockJson.json(ReminderViews.blocks(round("7d channel"), AgendaSummary.NONE.items(null, Texts.ENGLISH),
        Texts.ENGLISH));

    assertThat(json).contains("Reminder", "Mon 7 December 2026, 09:30", "rsvp_yes").doesNotContain("Agenda");
  }

  @Test
  void aNudge_saysTheDeadline_inTheReadersLanguage() {
    assertThat(ReminderViews.fallback(round("nudge 1d"), Texts.ENGLISH))
        .isEqualTo("Will you come to #1 IB-netwerk? Answers close on Sat 5 December 2026 09:30.");
    assertThat(BlockJson.json(ReminderViews.blocks(round("nudge 1d"), List.of(), Texts.DUTCH)))
        .contains("Je hebt nog niet laten weten", "za 5 december 2026 09:30", "rsvp_maybe");
  }
}
