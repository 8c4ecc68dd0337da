package nl.samen.reminder;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.samen.schedule.QuartzTimer;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app on production's timer: Quartz wakes the reminder sender by itself at the due moment, on a
 * clock that runs with real time (put a few seconds before the moment, nothing else moves it).
 */
class QuartzRemindersEndToEndTest {
  TestApp app;

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void quartzWakesTheSender_atTheDueMoment_byItself() throws Exception {
    MutableClock clock = MutableClock.running();
    clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    app = new TestApp(clock, Map.of(), fake -> { }, c -> QuartzTimer.start("samen-test", c));
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "reminders set 1m channel");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 12:00"); // 11:00Z, due 10:59Z
    app.slack.await("chat.postMessage", c -> c.visible().contains("Netwerkoverleg"));

    Instant start = Instant.parse("2026-11-25T10:58:57Z"); // three seconds before the due moment
    clock.set(start);
    app.command(COORDINATOR, "reminders set 1m channel"); // a change: the job looks and sets its alarm

    FakeSlackApi.Call post = app.slack.await("chat.postMessage",
        c -> c.text() != null && c.text().startsWith("Herinnering: #1"));
    assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(post.channel()).isEqualTo(CHANNEL);
  }
}
