package nl.samen.app;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * What tests lean on to show that nothing more happens: {@link TestApp#drain()} returns only when
 * work still in hand has reached the fake Slack, so a message that comes late is seen (each case
 * here is made slow by a Slack that answers after a second).
 */
class DrainEndToEndTest {
  private static final Duration SLOW = Duration.ofSeconds(1);
  @AutoClose
  private final TestApp app = TestNetwork.notSetUp();

  @Test
  void drain_waitsForAHomeStillBeingBuiltInTheBackground() {
    app.slack.delay("users.info", c -> "U0NEW".equals(c.param("user")), SLOW);

    assertThat(app.client().homeOpened("U0NEW", "Ev1").status()).isEqualTo(200);
    app.drain();

    assertThat(app.slack.calls("views.publish")).filteredOn(c -> "U0NEW".equals(c.param("user_id"))).hasSize(1);
  }

  @Test
  void drain_waitsForAMessageSlackTurnedAwayForAWhile() {
    app.slack.failNext("chat.postMessage", 429, 1, Optional.of(SLOW));

    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.drain();

    assertThat(app.slack.calls("chat.postMessage:failed")).hasSize(1);
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> CHANNEL.equals(c.channel())).hasSize(1);
  }

  @Test
  void drain_waitsForThePostedAgendasUpdate_thatWaitsForMoreChangesFirst() {
    NetworkDayFixture.networkDay(app);
    app.command(COORDINATOR, "agenda 1 add \"Opening\" 15m plenary");
    app.command(COORDINATOR, "agenda 1 post");
    app.drain();
    app.slack.clear();

    app.command(COORDINATOR, "agenda 1 add \"Pauze\" 15m");
    app.drain();

    assertThat(app.slack.calls("chat.update")).singleElement()
        .satisfies(c -> assertThat(c.param("blocks")).contains("09:45 Pauze"));
  }

  @Test
  void drain_waitsForTheReminderJobStillSending() {
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "reminders set 10m dm");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 12:00");
    app.command(MEMBER, "rsvp 1 yes");
    app.drain();
    app.clock.set(Instant.parse("2026-11-25T10:50:00Z"));
    app.slack.delay("users.info", c -> MEMBER.equals(c.param("user")), SLOW);

    app.restart(); // the start wakes the reminder job, which asks Slack for the member's language
    app.drain();

    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> MEMBER.equals(c.channel()))
        .singleElement().satisfies(c -> assertThat(c.text()).startsWith("Reminder: #1"));
  }
}
