package nl.samen.reminder;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import nl.samen.testing.AppProcess;
import nl.samen.testing.ClockedMain;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.OutboxState;
import nl.samen.testing.ProcessWorld;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 2, the hard way: a meeting planned 40 minutes ahead is answered by its members,
 * and Samen, in a JVM of its own, is killed (SIGKILL) right after the first reminder reached Slack
 * and again between the two due times; each member still gets each reminder exactly once.
 */
class ShortNoticeCrashEndToEndTest {
  private ProcessWorld world;
  private AppProcess app;

  @BeforeEach
  void start() throws Exception {
    world = new ProcessWorld("samen-short-notice");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void aMeetingPlannedMinutesAhead_remindsEachMemberOnce_acrossKillsBetweenItsDueTimes() throws Exception {
    OutboxState outbox = new OutboxState(world.database);
    app = startAt("2026-11-23T08:00:00Z"); // Monday 09:00 in Amsterdam
    var client = app.client(world.slack);
    client.command(COORDINATOR, CHANNEL, "setup \"IB-netwerk\"");
    client.command(COORDINATOR, CHANNEL, "reminders set 30m dm, 10m dm");
    client.command(COORDINATOR, CHANNEL, "meeting new \"Spoedoverleg\" 2026-11-23 09:40");
    assertThat(client.command(MEMBER, CHANNEL, "rsvp 1 yes").visible()).contains("Your answer *yes*");
    assertThat(client.click(OTHER, CHANNEL, "rsvp_yes", "1").status()).isEqualTo(200);
    world.slack.await("response_url", c -> c.visible().contains("genoteerd"));
    outbox.await(OutboxState::settled, "the announcement sent");
    app.kill();

    app = startAt("2026-11-23T08:15:00Z"); // the 30-minute reminders fell due while it was down
    world.slack.awaitCount("chat.postMessage", reminder(), 2);
    app.kill(); // at once: perhaps before Samen recorded that Slack has them

    app = startAt("2026-11-23T08:35:00Z"); // between the two due times it was down again
    world.slack.awaitCount("chat.postMessage", reminder(), 4);
    outbox.await(OutboxState::settled, "every reminder handled");

    assertThat(world.slack.calls("chat.postMessage").stream().filter(reminder()).map(FakeSlackApi.Call::channel))
        .as("each member once per due time, none twice")
        .containsExactlyInAnyOrder(MEMBER, OTHER, MEMBER, OTHER);
  }

  private AppProcess startAt(String instant) throws Exception {
    return world.start(ClockedMain.class.getName(), Map.of("SAMEN_TEST_CLOCK", instant));
  }

  private static Predicate<FakeSlackApi.Call> reminder() {
    return c -> c.text() != null && (c.text().startsWith("Reminder: #") || c.text().startsWith("Herinnering: #"));
  }
}
