package nl.samen.home;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestDatabase;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Samen instances on one database (issue 13): a home opened through one is refreshed when the
 * other handles a change, unless it was last opened more than 90 days ago.
 */
class HomeAcrossInstancesEndToEndTest {
  private TestApp first;
  private TestApp second;

  @BeforeEach
  void setUp() throws IOException {
    Map<String, String> shared = sharedDatabase();
    first = new TestApp(MutableClock.at("2026-08-20T08:00:00Z"), shared);
    second = new TestApp(MutableClock.at(TestNetwork.MONDAY), shared);
    first.command(COORDINATOR, "setup \"IB-netwerk\"");
    first.client().homeOpened(OTHER, "Ev1");
    first.clock.set(Instant.parse(TestNetwork.MONDAY));
    first.client().homeOpened(MEMBER, "Ev2");
    first.drain();
    assertThat(publishes(first.slack, MEMBER)).hasSize(1);
  }

  /** The same SQLite file, or one PostgreSQL database, for both apps. */
  private static Map<String, String> sharedDatabase() throws IOException {
    if (TestDatabase.postgres()) {
      return TestDatabase.freshPostgres();
    }
    return Map.of("SAMEN_DB", Files.createTempDirectory("samen-shared").resolve("samen.db").toString());
  }

  @AfterEach
  void close() {
    for (TestApp app : new TestApp[] {second, first}) {
      if (app != null) {
        app.close();
      }
    }
  }

  @Test
  void aMeetingPlannedThroughTheOtherInstance_refreshesAHomeOpenedThroughTheFirst() {
    second.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");

    var refreshed = second.slack.await("views.publish", c -> MEMBER.equals(c.param("user_id")));
    assertThat(refreshed.param("view")).contains("#1 Netwerkoverleg", "Your upcoming meetings");
    second.drain();
    assertThat(publishes(second.slack, OTHER)).as("opened 95 days ago").isEmpty();
    assertThat(publishes(second.slack, COORDINATOR)).as("never opened").isEmpty();
    assertThat(publishes(first.slack, MEMBER)).as("the first instance has nothing to do").hasSize(1);
  }

  @Test
  void anAnswerThroughTheOtherInstance_refreshesTheAnswerersHome_onlyIfOpenedRecently() {
    first.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
    first.drain();
    assertThat(publishes(first.slack, MEMBER)).hasSize(2);

    second.command(OTHER, "rsvp 1 nee");
    second.command(MEMBER, "rsvp 1 yes");

    var refreshed = second.slack.await("views.publish", c -> MEMBER.equals(c.param("user_id")));
    assertThat(refreshed.param("view")).contains("Your answer: *yes*");
    second.drain();
    assertThat(publishes(second.slack, OTHER)).isEmpty();
  }

  private static List<FakeSlackApi.Call> publishes(FakeSlackApi slack, String user) {
    return slack.calls("views.publish").stream().filter(c -> user.equals(c.param("user_id"))).toList();
  }
}
