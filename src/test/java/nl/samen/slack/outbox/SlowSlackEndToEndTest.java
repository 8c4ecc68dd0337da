package nl.samen.slack.outbox;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.testing.MutableClock;
import nl.samen.testing.OutboxState;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Slack that answers chat.postMessage only after 15 seconds, while Samen waits 300 ms: the
 * message may have been posted, so it is never posted again, and coordinators are told.
 */
class SlowSlackEndToEndTest {
  private TestApp app;
  private OutboxState outbox;

  @BeforeEach
  void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of("SLACK_TIMEOUT", "300ms"));
    outbox = new OutboxState(app.db().jdbi());
    app.command(COORDINATOR, "setup \"IB-netwerk Noord\"");
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void anAnnouncementSlackAnswersTooLate_reachesSlackOnce_isRecordedUnknown_andCoordinatorsSeeIt() {
    app.slack.delay("chat.postMessage", c -> c.visible().contains("Netwerkbijeenkomst"), Duration.ofSeconds(15));

    app.command(COORDINATOR, "meeting new \"Netwerkbijeenkomst IB\" 3-12-2026 9.30-12.00");

    outbox.await(o -> o.rows().stream().anyMatch(r -> r.text().contains("Netwerkbijeenkomst")
        && r.status().equals("unknown")), "the announcement recorded unknown");
    assertThat(outbox.settled()).isTrue();
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> c.visible().contains("Netwerkbijeenkomst"))
        .as("posted once, never again: Slack may have it").hasSize(1);

    assertThat(app.command(COORDINATOR, "herinneringen").visible())
        .contains("Andere berichten die niet (zeker) aankwamen (1)", "<#" + CHANNEL + ">",
            "Nieuwe bijeenkomst #1: Netwerkbijeenkomst IB", "niet zeker of dit aankwam");
    assertThat(app.command(MEMBER, "reminders").visible()).as("coordinators only")
        .doesNotContain("did not (surely) arrive", "not sure it arrived");
  }

  @Test
  void aSlowAnswerToAnUpdate_isTriedAgain_becauseSettingTheSameTextTwiceDoesNoHarm() {
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 3-12-2026 9.00-15.00 netwerkdag");
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 post");
    app.slack.await("chat.postMessage", c -> c.visible().contains("Opening"));
    AtomicInteger updates = new AtomicInteger();
    app.slack.delay("chat.update", c -> updates.getAndIncrement() == 0, Duration.ofSeconds(15)); // the first only

    app.command(COORDINATOR, "agenda 1 add \"Rondvraag\"");

    app.slack.awaitCount("chat.update", c -> c.visible().contains("Rondvraag"), 2);
    outbox.await(OutboxState::settled, "the update sent at last");
    assertThat(outbox.rows()).extracting(OutboxState.Row::status).doesNotContain("unknown", "failed");
  }
}
