package nl.samen.calendar;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarEndToEndTest {
  private static final Pattern LINK = Pattern.compile("http://[^\\s>|]+/calendar/([A-Za-z0-9_-]+)\\.ics");
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00 at \"OBS 't Palet\"");
    app.command(COORDINATOR, "meeting new \"Zomeroverleg\" 2027-06-10 9.00 networkday");
  }

  @Test
  void theFeed_hasEveryMeetingOfTheNetwork_atTheRightMoment_withPlaceAndAnswer() throws Exception {
    app.command(MEMBER, "rsvp 1 yes");

    Calendar calendar = feed(linkOf(MEMBER));

    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent winter = events.get(0);
    assertThat(start(winter)).isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
    assertThat(end(winter)).isEqualTo(Instant.parse("2026-12-03T11:00:00Z"));
    assertThat(value(winter, "SUMMARY")).isEqualTo("Netwerkoverleg · IB-netwerk");
    assertThat(value(winter, "LOCATION")).isEqualTo("OBS 't Palet");
    assertThat(value(winter, "DESCRIPTION")).contains("Network: IB-netwerk (meeting #1)", "Your answer: yes");
    assertThat(value(winter, "UID")).isEqualTo("meeting-1@t0samen.samen");
    assertThat(value(winter, "SEQUENCE")).isEqualTo("0");
    assertThat(value(winter, "STATUS")).isEqualTo("CONFIRMED");
    // Summer time: 09:00 in Amsterdam is 07:00 UTC, two hours, not one, before.
    VEvent summer = events.get(1);
    assertThat(start(summer)).isEqualTo(Instant.parse("2027-06-10T07:00:00Z"));
    assertThat(value(summer, "DESCRIPTION")).contains("You have not answered yet: /samen rsvp 2 yes|no|maybe");
  }

  @Test
  void aMovedMeeting_keepsItsUid_andRaisesItsSequence_aCancelledOneStaysCancelled() throws Exception {
    String token = linkOf(OTHER);

    app.command(COORDINATOR, "meeting 1 move 2026-12-10 13:00-15:00");
    app.command(COORDINATOR, "meeting 2 cancel \"Te weinig aanmeldingen\"");

    List<VEvent> events = feed(token).getComponents("VEVENT");
    VEvent moved = events.get(0);
    assertThat(value(moved, "UID")).isEqualTo("meeting-1@t0samen.samen");
    assertThat(value(moved, "SEQUENCE")).isEqualTo("1");
    assertThat(start(moved)).isEqualTo(Instant.parse("2026-12-10T12:00:00Z"));
    VEvent cancelled = events.get(1);
    assertThat(value(cancelled, "UID")).isEqualTo("meeting-2@t0samen.samen");
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
    assertThat(value(cancelled, "SUMMARY")).startsWith("Afgelast: Zomeroverleg");
    assertThat(value(cancelled, "DESCRIPTION")).contains("Te weinig aanmeldingen");
  }

  @Test
  void askingAgain_givesTheSameLink_andResetReplacesIt() {
    String first = linkOf(MEMBER);
    assertThat(linkOf(MEMBER)).isEqualTo(first);
    assertThat(first).hasSizeGreaterThanOrEqualTo(43);

    var reset = app.command(MEMBER, "calendar reset").visible();
    Matcher m = LINK.matcher(reset);
    assertThat(m.find()).isTrue();
    String second = m.group(1);

    assertThat(second).isNotEqualTo(first);
    assertThat(app.get("/calendar/" + first + ".ics").statusCode()).isEqualTo(404);
    assertThat(app.get("/calendar/" + second + ".ics").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownOrMalformedTokens_get404() {
    linkOf(MEMBER);

    assertThat(app.get("/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
    assertThat(app.get("/calendar/nonsense.ics").statusCode()).isEqualTo(404);
    assertThat(app.get("/calendar/" + linkOf(MEMBER)).statusCode()).isEqualTo(404);
  }

  @Test
  void someoneOutsideEveryNetwork_getsAnEmptyButValidCalendar() throws Exception {
    String token = linkOf("U0STRANGER");

    assertThat(feed(token).getComponents("VEVENT")).isEmpty();
  }

  private String linkOf(String user) {
    var answer = app.command(user, "kalender").visible();
    Matcher m = LINK.matcher(answer);
    assertThat(m.find()).as(answer).isTrue();
    return m.group(1);
  }

  private Calendar feed(String token) throws Exception {
    HttpResponse<String> response = app.get("/calendar/" + token + ".ics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    return new CalendarBuilder().build(new StringReader(response.body()));
  }

  private static Instant start(VEvent event) {
    return Instant.from((Temporal) event.getDateTimeStart().getDate());
  }

  private static Instant end(VEvent event) {
    return Instant.from((Temporal) event.getDateTimeEnd().getDate());
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
