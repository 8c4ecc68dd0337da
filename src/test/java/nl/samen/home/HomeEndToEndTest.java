package nl.samen.home;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HomeEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00 at \"OBS 't Palet\"");
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2027-02-11 09:00-15:00 networkday");
  }

  @Test
  void aMembersHome_showsTheirMeetingsWithAnswerAndButtons_andTheirNetworks_butNoOpenItems() {
    app.command(MEMBER, "rsvp 1 yes");

    assertThat(app.client().homeOpened(MEMBER, "Ev1").status()).isEqualTo(200);

    JsonObject view = publishedView(MEMBER, 1);
    assertThat(view.get("type").getAsString()).isEqualTo("home");
    String text = texts(view);
    assertThat(text)
        .contains("Your upcoming meetings")
        .contains("*#1 Netwerkoverleg*", "OBS 't Palet", "Your answer: *yes*")
        .contains("*#2 Netwerkdag* · Network day", "_You have not answered yet._")
        .contains("Your networks", "*IB-netwerk* · member", "Next: #1 Netwerkoverleg")
        .doesNotContain("Open items");
    assertThat(buttons(view)).contains("rsvp_yes=1", "rsvp_no=1", "rsvp_maybe=1", "rsvp_yes=2");
  }

  @Test
  void aCoordinatorsHome_isInDutch_andListsWhoHasNotAnsweredTheNextMeeting() {
    app.command(MEMBER, "rsvp 1 maybe");

    app.client().homeOpened(COORDINATOR, "Ev2");

    String text = texts(publishedView(COORDINATOR, 1));
    assertThat(text)
        .contains("Jouw komende bijeenkomsten", "*IB-netwerk* · coördinator")
        .contains("Openstaand (coördinator)", "Volgende bijeenkomst: #1 Netwerkoverleg")
        .contains("Nog niet geantwoord (2): <@U0COORD>, <@U0OTHER>")
        .doesNotContain("U0BOT");
  }

  @Test
  void anRsvpClickInTheHome_isRecorded_andRefreshesTheHomesOfTheMemberAndTheCoordinator() {
    app.client().homeOpened(MEMBER, "Ev3");
    app.client().homeOpened(COORDINATOR, "Ev4");
    assertThat(texts(publishedView(MEMBER, 1))).contains("_You have not answered yet._");
    assertThat(texts(publishedView(COORDINATOR, 1))).contains("Nog niet geantwoord (3)");

    var click = app.client().clickInHome(MEMBER, "rsvp_maybe", "1");

    assertThat(click.status()).isEqualTo(200);
    assertThat(texts(publishedView(MEMBER, 2))).contains("*#1 Netwerkoverleg*", "Your answer: *maybe*");
    assertThat(texts(publishedView(COORDINATOR, 2))).contains("Nog niet geantwoord (2): <@U0COORD>, <@U0OTHER>");
  }

  @Test
  void anAnswerByCommandAndAMovedMeeting_refreshAnOpenedHome() {
    app.client().homeOpened(OTHER, "Ev5");
    publishedView(OTHER, 1);

    app.command(OTHER, "rsvp 2 nee");
    assertThat(texts(publishedView(OTHER, 2))).contains("Jouw antwoord: *nee*");

    app.command(COORDINATOR, "meeting 1 move 2026-12-10 13:00-15:00");
    assertThat(texts(publishedView(OTHER, 3))).contains("10 december 2026, 13:00–15:00");
  }

  @Test
  void afterTheRsvpDeadline_theHomeShowsNoButtonsForThatMeeting() {
    app.clock.set(java.time.Instant.parse("2026-12-02T08:00:00Z"));

    app.client().homeOpened(MEMBER, "Ev6");

    JsonObject view = publishedView(MEMBER, 1);
    assertThat(buttons(view)).doesNotContain("rsvp_yes=1").contains("rsvp_yes=2");
    assertThat(texts(view)).contains("Answers closed on");
  }

  @Test
  void aRetriedDelivery_publishesOnce_andTheMessagesTabPublishesNothing() throws Exception {
    app.client().homeOpened(MEMBER, "Ev7");
    publishedView(MEMBER, 1);

    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", MEMBER);
    event.addProperty("tab", "home");
    assertThat(app.client().event("Ev7", event, 1).status()).isEqualTo(200);
    event.addProperty("tab", "messages");
    assertThat(app.client().event("Ev8", event, 0).status()).isEqualTo(200);

    // Nothing should come: once the app has nothing in hand, a second publish would be among the calls.
    app.drain();
    assertThat(publishes(MEMBER)).hasSize(1);
  }

  @Test
  void someoneWithoutNetworks_getsAHomeThatSaysHowToJoinOne() {
    app.client().homeOpened("U0NEW", "Ev9");

    assertThat(texts(publishedView("U0NEW", 1)))
        .contains("Er zijn geen komende bijeenkomsten", "Je zit nog in geen enkel netwerk");
  }

  private List<FakeSlackApi.Call> publishes(String user) {
    return app.slack.calls("views.publish").stream().filter(c -> user.equals(c.param("user_id"))).toList();
  }

  /** The view of the n-th views.publish for this user (waits for it). */
  private JsonObject publishedView(String user, int n) {
    var calls = app.slack.awaitCount("views.publish", c -> user.equals(c.param("user_id")), n);
    return JsonParser.parseString(calls.get(n - 1).param("view")).getAsJsonObject();
  }

  private static String texts(JsonObject view) {
    List<String> texts = new ArrayList<>();
    collect(view.get("blocks"), texts, "text");
    return String.join("\n", texts);
  }

  private static List<String> buttons(JsonObject view) {
    return StreamSupport.stream(view.getAsJsonArray("blocks").spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .filter(b -> b.has("elements") && "actions".equals(b.get("type").getAsString()))
        .flatMap(b -> StreamSupport.stream(b.getAsJsonArray("elements").spliterator(), false))
        .map(JsonElement::getAsJsonObject)
        .map(e -> e.get("action_id").getAsString() + "=" + e.get("value").getAsString())
        .toList();
  }

  private static void collect(JsonElement element, List<String> out, String field) {
    if (element == null || element.isJsonNull()) {
      return;
    }
    if (element.isJsonArray()) {
      for (JsonElement e : (JsonArray) element) {
        collect(e, out, field);
      }
    } else if (element.isJsonObject()) {
      element.getAsJsonObject().entrySet().forEach(e -> {
        if (e.getKey().equals(field) && e.getValue().isJsonPrimitive()) {
          out.add(e.getValue().getAsString());
        } else {
          collect(e.getValue(), out, field);
        }
      });
    }
  }
}
