package nl.samen.app;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one feature shows of another: the plan and workshops on the App Home, the agenda in calendars. */
class FeatureSeamsEndToEndTest {
  private static final Pattern LINK = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2027-02-11 09:00-15:00 networkday");
  }

  @Test
  void theHome_showsTheMembersWorkshopSeatAndThePlansProgress() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen met Bareka\" capacity 10 round 1");
    app.command(COORDINATOR, "plan goal add \"Meer eigenaarschap\"");
    app.command(COORDINATOR, "plan activity add 1 \"Intervisie opzetten\"");
    app.command(COORDINATOR, "plan activity add 1 \"Scholing\"");
    app.command(COORDINATOR, "plan done 1");
    app.command(MEMBER, "workshop 1 choose 1");

    app.client().homeOpened(MEMBER, "EvSeam1");

    var home = app.slack.await("views.publish", c -> "U0MEMBER".equals(c.param("user_id"))
        && c.param("view").contains("Annual plan"));
    assertThat(home.param("view")).contains("Workshop round 1: *Rekenen met Bareka*")
        .contains("Annual plan 2026-2027: 1 of 2 activities done");
  }

  @Test
  void aCoordinatorsHome_listsProposedAgendaItemsToDecideOn() {
    app.command(MEMBER, "agenda 1 propose \"Ervaringen met de nieuwe toets\"");
    app.command(OTHER, "agenda 1 voorstel \"Dyslexiebeleid\"");

    app.client().homeOpened(COORDINATOR, "EvSeam2");

    var home = app.slack.await("views.publish", c -> "U0COORD".equals(c.param("user_id")));
    assertThat(home.param("view")).contains("2 voorgesteld(e) agendapunt(en) voor #1");
  }

  @Test
  void meetingDetails_showTheAgendaAndTheWorkshopsWithSeatsLeft() {
    app.command(COORDINATOR, "agenda 1 add \"Opening en kennismaking\" 15m plenary");
    app.command(COORDINATOR, "workshop 1 add \"Executieve functies\" capacity 2 round 1 room \"B1.04\"");
    app.command(OTHER, "workshop 1 kies 1");

    var details = app.command(MEMBER, "meeting 1").visible();

    assertThat(details).contains("Agenda", "Opening en kennismaking", "Workshops", "Executieve functies",
        "B1.04", "1 of 2");
  }

  @Test
  void aReminder_carriesTheAgenda() {
    app.command(COORDINATOR, "reminders set 3m channel");
    app.command(COORDINATOR, "meeting new \"Intervisie\" 2026-11-23 09:10");
    app.command(COORDINATOR, "agenda 2 add \"Casus van Fatima\" 30m");

    app.clock.set(Instant.parse("2026-11-23T08:08:00Z"));
    app.timer().settle();

    var reminder = app.slack.await("chat.postMessage", c -> c.text() != null && c.text().startsWith("Herinnering: #2"));
    assertThat(reminder.visible()).contains("Casus van Fatima");
  }

  @Test
  void someoneWhoJoinsTheChannel_findsItsMeetingsInTheirCalendar_atOnce() {
    Matcher link = LINK.matcher(app.command("U0NEW", "calendar").visible());
    assertThat(link.find()).isTrue();
    String feed = "/calendar/" + link.group(1) + ".ics";
    assertThat(app.get(feed).body()).doesNotContain("BEGIN:VEVENT");

    app.slack.channelMembers(TestApp.CHANNEL, COORDINATOR, MEMBER, OTHER, "U0NEW");
    JsonObject joined = new JsonObject();
    joined.addProperty("type", "member_joined_channel");
    joined.addProperty("user", "U0NEW");
    joined.addProperty("channel", TestApp.CHANNEL);
    joined.addProperty("event_ts", "1700000000.000400");
    app.client().event("EvJoin", joined, 0);

    assertThat(app.get(feed).body()).contains("BEGIN:VEVENT", "Netwerkdag");
  }

  @Test
  void theCalendarFeed_carriesTheAgenda() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\" 15m plenary");
    app.command(COORDINATOR, "agenda 1 add \"Workshops\" 120m subgroups");
    Matcher link = LINK.matcher(app.command(MEMBER, "calendar").visible());
    assertThat(link.find()).isTrue();

    String ics = app.get("/calendar/" + link.group(1) + ".ics").body().replace("\r\n ", "");

    assertThat(ics).contains("1. Opening (15 min)").contains("2. Workshops (120 min)");
  }
}
