package nl.samen.installation;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import nl.samen.rsvp.RsvpViews;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.Installs;
import nl.samen.testing.ModalValues;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack Connect: the network's channel, in workspace A (which installed Samen), is shared with
 * workspace B (which did not). B's people answer, choose a workshop, give a reason in a modal, see
 * their App Home and get their reminders, all through A's installation and with A's token.
 */
class SharedChannelEndToEndTest {
  static final String A = FakeSlackApi.TEAM;
  static final String B = "T0BUREN";
  static final String A_TOKEN = "xoxb-a-token";
  static final String B_MEMBER = "U0BMEMBER";
  static final String B_OTHER = "U0BOTHER";

  @AutoClose
  final TestApp app = new TestApp(MutableClock.at(TestNetwork.MONDAY), Installs.MODE);
  /** B's people as Slack sends their requests: their own workspace in the payload. */
  final SlackClient b;

  SharedChannelEndToEndTest() throws IOException {
    b = app.client().as(B, B);
  }

  @BeforeEach
  void aNetworkInASharedChannel() {
    Installs.install(app, A, A_TOKEN, "U0BOTA");
    app.slack.user(B_MEMBER, "en-GB");
    app.slack.user(B_OTHER, "nl-NL");
    app.slack.channelMembers(CHANNEL, COORDINATOR, MEMBER, B_MEMBER, B_OTHER, FakeSlackApi.BOT_USER);
    app.command(COORDINATOR, "setup \"Dommelgroep\" verplicht"); // a "no" asks for a reason, in a modal
    app.command(COORDINATOR, "reminders set 10m dm");
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2026-11-25 12:00-15:00 networkday");
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 5");
  }

  @Test
  void peopleOfBothWorkspaces_answerAndChoose_andGetTheirReminderDms_withTheNetworksToken() {
    assertThat(app.client().click(MEMBER, CHANNEL, "rsvp_yes", "1").status()).isEqualTo(200);
    assertThat(b.command(B_MEMBER, CHANNEL, "workshop 1 choose 1").visible())
        .contains("You have a seat in *1. Rekenen*", "the answer to #1 is now *yes*");
    assertThat(b.click(B_OTHER, CHANNEL, "rsvp_no", "1").status()).isEqualTo(200);
    FakeSlackApi.Call modal = app.slack.await("views.open", c -> c.visible().contains(RsvpViews.REASON_MODAL));
    assertThat(modal.token()).contains(A_TOKEN);
    assertThat(b.inViewsOf(A).submit(B_OTHER, RsvpViews.REASON_MODAL, "1", ModalValues.reason("Studiedag")).status())
        .isEqualTo(200);

    app.clock.set(Instant.parse("2026-11-25T10:50:00Z"));
    app.timer().settle();
    app.slack.awaitCount("chat.postMessage", reminder(), 2);
    app.drain();

    List<FakeSlackApi.Call> dms = app.slack.calls("chat.postMessage").stream().filter(reminder()).toList();
    assertThat(dms).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(MEMBER, B_MEMBER);
    assertThat(dms).allSatisfy(dm -> assertThat(dm.token()).contains(A_TOKEN));
    assertThat(dms).filteredOn(dm -> dm.channel().equals(B_MEMBER)).singleElement()
        .satisfies(dm -> assertThat(dm.text()).startsWith("Reminder: #1"));
    assertThat(app.command(COORDINATOR, "meeting 1").visible()).contains("<@" + B_OTHER + ">", "Studiedag");
  }

  @Test
  void aModalFromTheSharedChannel_isPlacedByItsInstalledTeam_notByTheClickersTeam() {
    b.click(B_OTHER, CHANNEL, "rsvp_no", "1");

    assertThat(b.submit(B_OTHER, RsvpViews.REASON_MODAL, "1", ModalValues.reason("Studiedag")).status())
        .as("B has not installed Samen, and a modal names no channel").isEqualTo(401);
    assertThat(b.inViewsOf(A).submit(B_OTHER, RsvpViews.REASON_MODAL, "1", ModalValues.reason("Studiedag")).status())
        .isEqualTo(200);
  }

  @Test
  void theAppHomeOfSomeoneFromTheOtherWorkspace_comesThroughTheEventsAuthorization() {
    b.command(B_MEMBER, CHANNEL, "rsvp 1 yes");

    // The event's top-level team is B, its authorization A's.
    assertThat(app.client().as(A, B).homeOpened(B_MEMBER, "Ev0HOME").status()).isEqualTo(200);

    FakeSlackApi.Call home = app.slack.await("views.publish", c -> B_MEMBER.equals(c.param("user_id")));
    assertThat(home.token()).contains(A_TOKEN);
    assertThat(home.visible()).contains("Netwerkdag");
  }

  private static Predicate<FakeSlackApi.Call> reminder() {
    return c -> c.text() != null && (c.text().startsWith("Reminder: #") || c.text().startsWith("Herinnering: #"));
  }
}
