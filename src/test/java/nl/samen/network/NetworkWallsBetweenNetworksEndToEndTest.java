package nl.samen.network;

import static nl.samen.network.TwoNetworks.A_MEETING;
import static nl.samen.network.TwoNetworks.B_COORD;
import static nl.samen.network.TwoNetworks.B_DAY;
import static nl.samen.network.TwoNetworks.B_MEMBER;
import static nl.samen.network.TwoNetworks.OUTSIDER;
import static nl.samen.network.TwoNetworks.PRIVATE;
import static nl.samen.network.TwoNetworks.UNKNOWN;
import static nl.samen.network.TwoNetworks.same;
import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import nl.samen.rsvp.RsvpViews;
import nl.samen.testing.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Between two networks: a member of one cannot reach the other's meetings, a coordinator acts for
 * their own network's members only, and joining or leaving a channel moves the wall at once.
 */
class NetworkWallsBetweenNetworksEndToEndTest {
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
  void aMemberOfOneNetwork_cannotReachTheOthersMeetings_whileItsOwnMembersCan() {
    assertThat(world.in(PRIVATE, B_MEMBER, "meeting 2").visible()).contains("Geheime netwerkdag");

    for (String command : List.of("meeting %d", "rsvp %d yes", "agenda %d propose \"Overname\"",
        "workshop %d choose 1", "workshops %d")) {
      world.answersAsUnknown(MEMBER, CHANNEL, command, B_DAY);
      world.answersAsUnknown(B_MEMBER, PRIVATE, command, A_MEETING);
    }
    String unknown = world.click(MEMBER, CHANNEL, RsvpViews.ACTION_YES, Long.toString(UNKNOWN));
    assertThat(world.click(MEMBER, CHANNEL, RsvpViews.ACTION_YES, Long.toString(B_DAY)))
        .isEqualTo(same(unknown, B_DAY));

    assertThat(world.in(PRIVATE, B_COORD, "meeting 2").visible()).doesNotContain(MEMBER).contains("Misschien (1)");
  }

  @Test
  void aCoordinator_actsOnlyOnTheirOwnNetwork_andForItsMembers() {
    for (String command : List.of("meeting %d cancel", "agenda %d add \"Overname\"", "rsvp %d",
        "workshop %d add \"Eigen\" capacity 5")) {
      world.answersAsUnknown(COORDINATOR, CHANNEL, command, B_DAY);
    }

    assertThat(world.in(CHANNEL, COORDINATOR, "rsvp 1 yes <@U0BMEMBER|b>").visible())
        .contains("<@U0BMEMBER> hoort niet bij dit netwerk");
    assertThat(world.in(PRIVATE, B_COORD, "workshop 2 choose 1 <@U0OUTSIDER|o>").visible())
        .contains("<@U0OUTSIDER> hoort niet bij dit netwerk");
    for (String naming : List.of("agenda 2 add \"Extern\" <@U0OUTSIDER|o>",
        "workshop 2 add \"Extern\" capacity 3 host <@U0OUTSIDER|o>", "plan activity add 1 \"Extern\" owner <@U0OUTSIDER|o>")) {
      assertThat(world.in(PRIVATE, B_COORD, naming).visible()).as(naming).contains("<@U0OUTSIDER> hoort niet bij dit netwerk");
    }
    assertThat(world.in(CHANNEL, COORDINATOR, "rsvp 1 yes <@U0OTHER|o>").visible()).contains("*ja*");
    world.app.clock.set(Instant.parse("2026-12-03T12:00:00Z"));
    assertThat(world.in(CHANNEL, COORDINATOR, "attendance 1 present <@U0OTHER|o> <@U0BMEMBER|b>").visible())
        .contains("<@U0BMEMBER> hoort niet bij dit netwerk");

    assertThat(world.in(CHANNEL, COORDINATOR, "meeting 1").visible()).doesNotContain(B_MEMBER);
    assertThat(world.in(CHANNEL, COORDINATOR, "attendance 1").visible()).contains("Aanwezig: <@U0OTHER>")
        .doesNotContain(B_MEMBER);
    assertThat(world.in(PRIVATE, B_MEMBER, "workshops 2").visible()).doesNotContain(OUTSIDER).doesNotContain("Extern");
    assertThat(world.in(PRIVATE, B_MEMBER, "agenda 2").visible()).contains("Begroting").doesNotContain("Extern");
    assertThat(world.in(PRIVATE, B_MEMBER, "plan").visible()).contains("Audit").doesNotContain("Extern");
    assertThat(world.in(PRIVATE, B_MEMBER, "meeting 2").visible()).doesNotContain("cancelled");
  }

  @Test
  void joiningTheChannel_opensTheWallAtOnce_andLeavingClosesIt() {
    world.answersAsUnknown(OUTSIDER, PRIVATE, "meeting %d", B_DAY);

    world.app.slack.channelMembers(PRIVATE, B_COORD, B_MEMBER, OUTSIDER, FakeSlackApi.BOT_USER);
    world.app.client().event("EvJoin", membership("member_joined_channel"), 0);
    assertThat(world.in(PRIVATE, OUTSIDER, "meeting 2").visible()).contains("Geheime netwerkdag");
    assertThat(world.in(PRIVATE, OUTSIDER, "rsvp 2 yes").visible()).contains("Your answer *yes*");

    world.app.slack.channelMembers(PRIVATE, B_COORD, B_MEMBER, FakeSlackApi.BOT_USER);
    world.app.client().event("EvLeave", membership("member_left_channel"), 0);
    world.answersAsUnknown(OUTSIDER, PRIVATE, "meeting %d", B_DAY);
  }

  private static JsonObject membership(String type) {
    JsonObject event = new JsonObject();
    event.addProperty("type", type);
    event.addProperty("user", OUTSIDER);
    event.addProperty("channel", PRIVATE);
    event.addProperty("channel_type", "G");
    event.addProperty("team", FakeSlackApi.TEAM);
    event.addProperty("event_ts", "1700000000.000400");
    return event;
  }
}
