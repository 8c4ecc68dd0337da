package nl.samen.network;

import static nl.samen.network.TwoNetworks.A_MEETING;
import static nl.samen.network.TwoNetworks.B_COORD;
import static nl.samen.network.TwoNetworks.B_DAY;
import static nl.samen.network.TwoNetworks.B_MEMBER;
import static nl.samen.network.TwoNetworks.DM;
import static nl.samen.network.TwoNetworks.NOWHERE;
import static nl.samen.network.TwoNetworks.OUTSIDER;
import static nl.samen.network.TwoNetworks.PRIVATE;
import static nl.samen.network.TwoNetworks.UNKNOWN;
import static nl.samen.network.TwoNetworks.same;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samen.meeting.MeetingModal;
import nl.samen.rsvp.RsvpViews;
import nl.samen.workshop.WorkshopModal;
import nl.samen.workshop.WorkshopViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone in the workspace who is in neither network's channel tries every command, button and form
 * with the networks' ids: each answer is the one an unknown number (or a channel that is no network)
 * gets, nothing is stored, and nothing is posted or sent.
 */
class NetworkWallsEndToEndTest {
  /** Slack calls that only read, or answer the clicker: anything else would be a post or a DM. */
  private static final Set<String> HARMLESS = Set.of("response_url", "users.info", "conversations.members");

  private static final List<String> MEETING_COMMANDS = List.of(
      "meeting %d", "meeting %d move 2026-12-17 10:00", "meeting %d cancel", "meeting %d deadline 2026-12-16 12:00",
      "rsvp %d", "rsvp %d yes", "rsvp %d no \"Ziek\"", "rsvp %d yes <@U0BMEMBER|b>", "attendance %d",
      "agenda %d", "agenda %d propose \"Overname\"", "agenda %d add \"Overname\"", "agenda %d accept 2",
      "agenda %d remove 1", "agenda %d post", "minutes %d", "minutes %d decision 1 \"Fusie\"", "minutes %d post",
      "action add %d 1 \"Eigen\" owner <@U0OUTSIDER|o> due 2026-12-20",
      "workshops %d", "workshops %d csv", "workshop %d choose 1", "workshop %d drop 1",
      "workshop %d add \"Eigen\" capacity 5", "workshop %d ranking open", "workshop %d rank 1 1 2");

  private static final List<String> CHANNEL_COMMANDS = List.of(
      "meetings", "rsvp", "rsvp yes", "agenda", "workshops", "meeting new", "meeting new \"X\" 2026-12-17 10:00",
      "members", "coordinator add <@U0OUTSIDER|o>",
      "plan", "plan goal add \"Eigen doel\"", "plan activity add 1 \"Eigen\"", "plan progress 1 50%",
      "plan done 1", "plan drop 1", "plan outcome 1 \"Klaar\"", "plan budget", "plan budget set 100",
      "plan budget spend 5 \"Koffie\"", "plan report", "actions", "action 1 done",
      "reminders", "reminders set 1d dm", "reminders me off");

  private TwoNetworks world;

  @BeforeEach
  void twoNetworks() throws Exception {
    world = new TwoNetworks();
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void anOutsider_typingTheNetworksMeetingNumbers_isAnsweredAsForAnUnknownNumber() throws Exception {
    Map<String, Long> stored = world.rowCounts();

    for (String command : MEETING_COMMANDS) {
      world.answersAsUnknown(OUTSIDER, DM, command, B_DAY);
      world.answersAsUnknown(OUTSIDER, DM, command, A_MEETING);
      world.answersAsUnknown(OUTSIDER, PRIVATE, command, B_DAY);
    }

    assertNothingStoredOrSent(stored);
  }

  @Test
  void anOutsider_inAPrivateNetworksChannel_isAnsweredAsInAChannelThatIsNoNetwork() throws Exception {
    Map<String, Long> stored = world.rowCounts();

    CHANNEL_COMMANDS.forEach(command -> world.answersAsNoNetwork(OUTSIDER, command));

    assertNothingStoredOrSent(stored);
  }

  @Test
  void anOutsider_clickingTheNetworksButtons_isAnsweredAsForAnUnknownNumber() throws Exception {
    Map<String, Long> stored = world.rowCounts();

    for (String action : List.of(RsvpViews.ACTION_YES, RsvpViews.ACTION_NO, RsvpViews.ACTION_MAYBE,
        WorkshopViews.ACTION_OPEN)) {
      String unknown = world.click(OUTSIDER, PRIVATE, action, Long.toString(UNKNOWN));
      assertThat(unknown).contains("no meeting");
      assertThat(world.click(OUTSIDER, PRIVATE, action, Long.toString(B_DAY))).as(action)
          .isEqualTo(same(unknown, B_DAY));
      assertThat(world.app.client().clickInHome(OUTSIDER, action, Long.toString(B_DAY)).status()).isEqualTo(200);
    }

    assertNothingStoredOrSent(stored);
  }

  @Test
  void anOutsider_submittingFormsWithTheNetworksIds_isAnsweredAsForAnUnknownOne() throws Exception {
    Map<String, Long> stored = world.rowCounts();

    assertSameForm(RsvpViews.REASON_MODAL, JsonParser.parseString(
        "{\"reason\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"Ziek\"}}}").getAsJsonObject());
    assertSameForm(WorkshopModal.CALLBACK_ID, workshopPick());
    String nowhere = world.app.client().submit(OUTSIDER, MeetingModal.CALLBACK_ID, NOWHERE, meetingForm()).body();
    assertThat(nowhere).contains("not a network");
    assertThat(world.app.client().submit(OUTSIDER, MeetingModal.CALLBACK_ID, PRIVATE, meetingForm()).body())
        .isEqualTo(nowhere);

    assertNothingStoredOrSent(stored);
  }

  @Test
  void anOutsidersAppHome_showsNeitherNetwork() {
    world.app.client().homeOpened(OUTSIDER, "EvHome1");

    var home = world.app.slack.await("views.publish", c -> OUTSIDER.equals(c.param("user_id")));
    assertThat(home.param("view")).doesNotContain("Geheime netwerkdag", "Directeuren", "IB-overleg");
  }

  private void assertSameForm(String callbackId, JsonObject values) {
    String unknown = world.app.client().submit(OUTSIDER, callbackId, Long.toString(UNKNOWN), values).body();
    assertThat(unknown).contains("no meeting");
    assertThat(world.app.client().submit(OUTSIDER, callbackId, Long.toString(B_DAY), values).body()).as(callbackId)
        .isEqualTo(same(unknown, B_DAY));
  }

  /** Rows are as before, B's people see no trace of the outsider, and Slack got no post, DM or view. */
  private void assertNothingStoredOrSent(Map<String, Long> before) throws Exception {
    assertThat(world.rowCounts()).isEqualTo(before);
    assertThat(world.in(PRIVATE, B_MEMBER, "meeting 2").visible())
        .contains("Geheime netwerkdag", "Kasteel").doesNotContain(OUTSIDER).doesNotContain("cancelled");
    assertThat(world.in(PRIVATE, B_COORD, "agenda 2").visible()).contains("Begroting", "Fusie")
        .doesNotContain("Overname");
    world.app.drain();
    assertThat(world.app.slack.calls()).allSatisfy(call -> assertThat(call.method()).isIn(HARMLESS));
  }

  private static JsonObject workshopPick() {
    return JsonParser.parseString("{\"" + WorkshopModal.blockId(1) + "\":{\"workshop\":{\"type\":\"static_select\","
        + "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"1\"},\"value\":\"1\"}}}}")
        .getAsJsonObject();
  }

  private static JsonObject meetingForm() {
    return JsonParser.parseString("""
        {"title":{"value":{"type":"plain_text_input","value":"Eigen bijeenkomst"}},
         "date":{"value":{"type":"datepicker","selected_date":"2026-12-17"}},
         "start":{"value":{"type":"timepicker","selected_time":"10:00"}},
         "end":{"value":{"type":"timepicker"}},
         "place":{"value":{"type":"plain_text_input"}},
         "kind":{"value":{"type":"static_select","selected_option":
           {"text":{"type":"plain_text","text":"k"},"value":"meeting"}}}}
        """).getAsJsonObject();
  }
}
