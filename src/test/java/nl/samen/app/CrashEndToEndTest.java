package nl.samen.app;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.samen.testing.AppProcess;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.OutboxState;
import nl.samen.testing.ProcessWorld;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Samen in its own JVM, killed (SIGKILL) right after a move, a cancellation, a freed seat and a
 * new meeting, while the member's language is still being asked of Slack: after a restart on the
 * same database every announcement and direct message arrives, each exactly once.
 */
class CrashEndToEndTest {
  /** Long enough that the killed app is still waiting for the member's language. */
  private static final Map<String, String> ENV = Map.of("SLACK_TIMEOUT", "30s");

  private ProcessWorld world;
  private AppProcess app;

  @BeforeEach
  void start() throws Exception {
    world = new ProcessWorld("samen-crash");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void killedRightAfterChanges_everyMessageTheyCauseArrivesOnce_afterTheRestart() throws Exception {
    OutboxState outbox = new OutboxState(world.database);
    app = world.start(ENV);
    SlackClient client = app.client(world.slack);
    client.command(COORDINATOR, CHANNEL, "setup \"IB-netwerk\"");
    client.command(COORDINATOR, CHANNEL, "meeting new \"Overleg\" 2027-03-10 10:00-12:00");
    client.command(COORDINATOR, CHANNEL, "meeting new \"Intervisie\" 2027-03-17 10:00-12:00");
    client.command(COORDINATOR, CHANNEL, "meeting new \"Netwerkdag\" 2027-03-24 09:00-15:00 netwerkdag");
    client.command(COORDINATOR, CHANNEL, "workshop 3 add \"Rekenen\" capacity 1");
    client.command(COORDINATOR, CHANNEL, "workshop 3 kies 1");
    client.command(OTHER, CHANNEL, "rsvp 1 ja");
    client.command(OTHER, CHANNEL, "rsvp 2 ja");
    assertThat(client.command(OTHER, CHANNEL, "workshop 3 kies 1").visible()).contains("wachtlijst");
    outbox.await(OutboxState::settled, "the first run's messages sent");
    app.kill();

    // A new process knows nobody's language yet: Slack keeps the member's answer waiting.
    app = world.start(ENV);
    world.slack.clear();
    world.slack.delay("users.info", c -> OTHER.equals(c.param("user")), Duration.ofSeconds(60));
    client = app.client(world.slack);
    assertThat(client.command(COORDINATOR, CHANNEL, "meeting 1 move 2027-03-11 10:00-12:00").status()).isEqualTo(200);
    assertThat(client.command(COORDINATOR, CHANNEL, "meeting 2 cancel \"Ziek\"").status()).isEqualTo(200);
    assertThat(client.command(COORDINATOR, CHANNEL, "workshop 3 afmelden 1").status()).isEqualTo(200);
    assertThat(client.command(COORDINATOR, CHANNEL, "meeting new \"Nieuw\" 2027-04-07 10:00-12:00").status())
        .isEqualTo(200);
    app.kill();
    assertThat(world.slack.calls("chat.postMessage")).as("the member's messages were still waiting")
        .noneMatch(c -> OTHER.equals(c.channel()));

    world.slack.noDelays();
    app = world.start(ENV);
    outbox.await(o -> o.settled() && o.rows().stream().filter(r -> OTHER.equals(r.channel())).count() == 3,
        "the three direct messages written and sent");

    assertThat(posts(to(CHANNEL).and(says("Bijeenkomst #1 Overleg is verplaatst")))).hasSize(1);
    assertThat(posts(to(CHANNEL).and(says("*#2 Intervisie* op")).and(says("afgelast")))).hasSize(1);
    assertThat(posts(to(CHANNEL).and(says("Nieuwe bijeenkomst #4: Nieuw")))).hasSize(1);
    assertThat(posts(to(OTHER).and(says("Bijeenkomst #1 Overleg is verplaatst")))).hasSize(1);
    assertThat(posts(to(OTHER).and(says("*#2 Intervisie* op")).and(says("afgelast")))).hasSize(1);
    assertThat(posts(to(OTHER).and(says("Er is een plek vrijgekomen in workshop *1. Rekenen*")))).hasSize(1);
    assertThat(posts(to(OTHER))).as("nothing else, nothing twice").hasSize(3);
  }

  private List<FakeSlackApi.Call> posts(Predicate<FakeSlackApi.Call> which) {
    return world.slack.calls("chat.postMessage").stream().filter(which).toList();
  }

  private static Predicate<FakeSlackApi.Call> to(String channel) {
    return c -> channel.equals(c.channel());
  }

  private static Predicate<FakeSlackApi.Call> says(String text) {
    return c -> c.text() != null && c.text().contains(text);
  }
}
