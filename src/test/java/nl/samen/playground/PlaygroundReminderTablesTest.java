package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import nl.samen.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "To the next reminder" reads the reminder tables of the reminders feature, which this branch does
 * not have: the tables are made here as that feature makes them (reminder_rule, reminder_round).
 */
class PlaygroundReminderTablesTest {
  // Meeting #1 starts Thursday 3 December 2026, 09:30 in Amsterdam (08:30 UTC); deadline 48 h before.
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  @TempDir
  Path directory;
  private Path file;
  private final ReminderTables source = new ReminderTables();

  @BeforeEach
  void database() throws Exception {
    file = directory.resolve("samen.db");
    Database.open(file).close();
    sql("""
        insert into network (team_id, channel_id, name, time_zone, created_by, created_at)
          values ('T', 'C', 'Netwerk', 'Europe/Amsterdam', 'U', '2026-11-01T00:00:00Z');
        insert into meeting (team_id, network_id, title, kind, local_date, start_time, time_zone, starts_at,
            created_by, created_at, updated_at)
          values ('T', 1, 'Overleg', 'meeting', '2026-12-03', '09:30', 'Europe/Amsterdam', '2026-12-03T08:30:00Z',
            'U', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');
        """);
  }

  @Test
  void withoutTheReminderTables_thereIsNoNextReminder() {
    assertThat(source.nextAfter(file, NOW)).isEmpty();
    assertThat(source.nextAfter(directory.resolve("missing.db"), NOW)).isEmpty();
  }

  @Test
  void theDefaultRules_giveTheChannelPost_thenTheNudge_thenTheDm() throws Exception {
    reminderTables();

    assertThat(source.nextAfter(file, NOW)).contains(Instant.parse("2026-11-26T08:30:00Z"));
    assertThat(source.nextAfter(file, Instant.parse("2026-11-26T09:00:00Z")))
        .contains(Instant.parse("2026-11-30T08:30:00Z"));
    assertThat(source.nextAfter(file, Instant.parse("2026-11-30T09:00:00Z")))
        .contains(Instant.parse("2026-12-02T08:30:00Z"));
    assertThat(source.nextAfter(file, Instant.parse("2026-12-03T08:30:00Z"))).isEmpty();
  }

  @Test
  void aNetworksOwnRules_replaceTheDefaults_andAHandledRoundIsLeftOut() throws Exception {
    reminderTables();
    sql("""
        insert into reminder_rule values (1, 0, '2h dm', 'U', '2026-11-01T00:00:00Z');
        insert into reminder_rule values (1, 1, '3d channel', 'U', '2026-11-01T00:00:00Z');
        insert into reminder_round values (1, 0, '3d channel', 'T', 1, '2026-11-30T08:30:00Z', 'sent', 1,
          '2026-11-30T08:30:00Z');
        """);

    assertThat(source.nextAfter(file, NOW)).contains(Instant.parse("2026-12-03T06:30:00Z"));
  }

  private void reminderTables() throws Exception {
    sql("""
        create table reminder_rule (network_id integer not null, position integer not null, rule text not null,
          set_by text not null, set_at text not null, primary key (network_id, position));
        create table reminder_round (meeting_id integer not null, sequence integer not null, rule text not null,
          team_id text not null, network_id integer not null, due_at text not null, status text not null,
          recipients integer not null, handled_at text not null, primary key (meeting_id, sequence, rule));
        """);
  }

  private void sql(String statements) throws Exception {
    assertThat(Files.exists(file)).isTrue();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : statements.split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }
}
