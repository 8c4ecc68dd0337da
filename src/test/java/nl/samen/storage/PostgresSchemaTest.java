package nl.samen.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samen.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema on PostgreSQL: the same tables and columns as on SQLite, and SQLite's serial writes. */
class PostgresSchemaTest {
  @TempDir
  Path directory;

  private static Database postgres() {
    Map<String, String> env = TestDatabase.freshPostgres();
    return Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"),
        env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"), 10));
  }

  @Test
  void bothDatabases_haveTheSameTablesAndColumns_eachWithTheTeamId() throws SQLException {
    try (Database sqlite = Database.open(directory.resolve("samen.db")); Database postgres = postgres()) {
      Map<String, List<String>> onSqlite = columns(sqlite.jdbi());
      Map<String, List<String>> onPostgres = columns(postgres.jdbi());

      assertThat(onPostgres).isEqualTo(onSqlite).containsKeys("network", "meeting", "outbox", "outbox_notice");
      onPostgres.forEach((table, columns) -> assertThat(columns).as(table).contains("team_id"));
      assertThat(postgres.dialect()).isEqualTo(Dialect.POSTGRESQL);
      assertThat(postgres.isHealthy()).isTrue();
      assertThat(quartzTables(postgres.jdbi())).as("Quartz's clustered store").contains("qrtz_triggers",
          "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
    }
  }

  private static List<String> quartzTables(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery(
        "select table_name from information_schema.tables where table_name like 'qrtz%'").mapTo(String.class).list());
  }

  /** Samen's tables (Flyway's and Quartz's left out), each with its columns in order. */
  private static Map<String, List<String>> columns(Jdbi jdbi) throws SQLException {
    return jdbi.<Map<String, List<String>>, SQLException>withHandle(h -> {
      Map<String, List<String>> tables = new TreeMap<>();
      var meta = h.getConnection().getMetaData();
      try (var rs = meta.getColumns(null, h.getConnection().getSchema(), "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          // qrtz_ tables are Quartz's own (its clustered store, on PostgreSQL only): no team id.
          if (!table.startsWith("flyway_") && !table.startsWith("sqlite_") && !table.startsWith("qrtz_")) {
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
          }
        }
      }
      return tables;
    });
  }

  @Test
  void readThenWriteTransactions_runOneAfterTheOther_asOnSqlite() throws Exception {
    int writers = 6;
    try (Database database = postgres()) {
      CountDownLatch allRead = new CountDownLatch(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<Boolean>> inserted = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        inserted.add(pool.submit(() -> database.jdbi().inTransaction(h -> {
          int seated = h.createQuery("select count(*) from outbox_notice where kind = 'last-seat'")
              .mapTo(Integer.class).one();
          // Where transactions overlap, every writer reads before any writes; where they run
          // one after the other, each waits here a moment in vain.
          allRead.countDown();
          allRead.await(300, TimeUnit.MILLISECONDS);
          if (seated > 0) {
            return false;
          }
          h.execute("insert into outbox_notice (team_id, kind, payload, not_before, created_at) "
              + "values ('T1', 'last-seat', '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
          return true;
        })));
      }
      int winners = 0;
      for (Future<Boolean> one : inserted) {
        winners += one.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      pool.shutdown();

      int rows = database.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox_notice")
          .mapTo(Integer.class).one());
      assertThat(winners).isEqualTo(1);
      assertThat(rows).isEqualTo(1);
    }
  }

  @Test
  void aDatabaseThatRefuses_stopsTheStartWithOneLineNamingTheSettings() {
    String url = TestDatabase.freshPostgres().get("SAMEN_DATABASE_URL");
    String missing = url.substring(0, url.lastIndexOf('/') + 1) + "nergens";

    assertThatThrownBy(() -> Database.open(new DatabaseTarget.Postgres(missing, "postgres", "Geheim", 2)))
        .isInstanceOf(DatabaseRefused.class)
        .hasMessageStartingWith("PostgreSQL at SAMEN_DATABASE_URL refused SAMEN_DATABASE_USER postgres: ")
        .hasMessageContaining("nergens")
        .hasMessageNotContaining("Geheim")
        .hasMessageNotContaining("\n");
  }
}
