package nl.samen.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.Rsvp;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final Network network = new Network(1, "T1", "C1", "IB-netwerk, Noord; \"west\"", false, AMSTERDAM, 48,
      "U1", NOW);

  @Test
  void theAgendaAndTheAnswerGoIntoTheDescription_andANoMakesTheEventFree() throws Exception {
    Meeting meeting = meeting(Meeting.Status.SCHEDULED, Optional.empty());
    Rsvp no = new Rsvp(7, "U2", Answer.NO, Optional.of("ziek"), "U2", NOW);

    VEvent event = parse(CalendarFeed.ics(List.of(new FeedEntry(network, meeting, Optional.of(no),
        Optional.of("1. Opening\n2. Rekenen; casus, bespreken"))), Locale.forLanguageTag("nl"), NOW));

    assertThat(value(event, "DESCRIPTION"))
        .isEqualTo("Netwerk: IB-netwerk, Noord; \"west\" (bijeenkomst #7)\n\nJouw antwoord: nee\n\n"
            + "Agenda:\n1. Opening\n2. Rekenen; casus, bespreken")
        .doesNotContain("ziek");
    assertThat(value(event, "TRANSP")).isEqualTo("TRANSPARENT");
    assertThat(value(event, "SUMMARY")).isEqualTo("Netwerkoverleg · IB-netwerk, Noord; \"west\"");
    assertThat(value(event, "DTSTAMP")).isEqualTo("20261123T080000Z");
  }

  @Test
  void aCancelledMeetingWithoutReason_saysSo_andBlocksNoTime() throws Exception {
    Meeting meeting = meeting(Meeting.Status.CANCELLED, Optional.empty());

    VEvent event = parse(CalendarFeed.ics(List.of(new FeedEntry(network, meeting, Optional.empty(),
        Optional.empty())), Locale.ENGLISH, NOW));

    assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(event, "TRANSP")).isEqualTo("TRANSPARENT");
    assertThat(value(event, "DESCRIPTION")).contains("This meeting is cancelled.");
  }

  @Test
  void aMeetingWithoutEnd_lastsTwoHours_inUtc() throws Exception {
    VEvent event = parse(CalendarFeed.ics(List.of(new FeedEntry(network,
        meeting(Meeting.Status.SCHEDULED, Optional.empty()), Optional.empty(), Optional.empty())),
        Locale.ENGLISH, NOW));

    assertThat(value(event, "DTSTART")).isEqualTo("20261203T083000Z");
    assertThat(value(event, "DTEND")).isEqualTo("20261203T103000Z");
    assertThat(value(event, "TRANSP")).isEqualTo("OPAQUE");
  }

  private static Meeting meeting(Meeting.Status status, Optional<String> reason) {
    return new Meeting(7, "T1", 1, "Netwerkoverleg", Meeting.Kind.MEETING, LocalDate.of(2026, 12, 3),
        LocalTime.of(9, 30), Optional.empty(), AMSTERDAM, Optional.empty(), status, reason, 0);
  }

  private static VEvent parse(String ics) throws Exception {
    return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
