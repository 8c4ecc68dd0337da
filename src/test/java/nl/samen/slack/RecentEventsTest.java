package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseTarget;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack's retry of an event is recognised by whichever instance it reaches, for an hour. */
class RecentEventsTest {
  @TempDir
  Path directory;

  @Test
  void aRetryReachingAnotherInstance_isRecognised_onPostgres() {
    Map<String, String> env = TestDatabase.freshPostgres();
    try (Database database = Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"),
        env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"), 4))) {
      assertRetriesRecognisedAcrossInstances(database);
    }
  }

  @Test
  void aRetryAfterARestart_isRecognised_onSqlite() {
    try (Database database = Database.open(directory.resolve("samen.db"))) {
      assertRetriesRecognisedAcrossInstances(database);
    }
  }

  private static void assertRetriesRecognisedAcrossInstances(Database database) {
    Clock clock = MutableClock.at("2026-11-23T08:00:00Z");
    RecentEvents first = new RecentEvents(database.jdbi(), clock);
    RecentEvents second = new RecentEvents(database.jdbi(), clock);

    assertThat(first.firstTime("T1", "Ev1")).isTrue();
    assertThat(first.firstTime("T1", "Ev1")).as("the same instance").isFalse();
    assertThat(second.firstTime("T1", "Ev1")).as("another instance").isFalse();
    assertThat(second.firstTime("T1", "Ev2")).isTrue();
    assertThat(first.firstTime("T1", null)).as("no id: always handled").isTrue();
  }
}
