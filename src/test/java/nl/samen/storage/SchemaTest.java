package nl.samen.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrated schema: multi-workspace ready, and SQLite set up as NOTES asks. */
class SchemaTest {
  @TempDir
  Path directory;

  @Test
  void everyTable_carriesTheSlackTeamId() {
    try (Database database = Database.open(directory.resolve("samen.db"))) {
      List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
              "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
                  + "and name <> 'flyway_schema_history' order by name")
          .mapTo(String.class).list());

      assertThat(tables).contains("network", "meeting", "rsvp", "outbox", "reminder_rule", "workshop");
      for (String table : tables) {
        int teamColumns = database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from pragma_table_info(:table) where name = 'team_id'")
            .bind("table", table).mapTo(Integer.class).one());
        assertThat(teamColumns).as(table).isEqualTo(1);
      }
    }
  }

  @Test
  void connections_useWal_aBusyTimeout_andForeignKeys() {
    Path file = directory.resolve("pragmas.db");
    try (Database database = Database.open(file)) {
      var pragmas = database.jdbi().withHandle(h -> List.of(
          h.createQuery("pragma journal_mode").mapTo(String.class).one(),
          h.createQuery("pragma busy_timeout").mapTo(String.class).one(),
          h.createQuery("pragma foreign_keys").mapTo(String.class).one()));

      assertThat(pragmas).containsExactly("wal", "5000", "1");
    }
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void aDatabaseMigratedBeforeTheMigrationsMovedToTheirSqliteFolder_stillOpens() throws Exception {
    // Made as before: the same scripts at the root of their location.
    Path scripts = Files.createDirectories(directory.resolve("scripts"));
    Path sqliteFolder = Path.of(SchemaTest.class.getResource("/db/migration/sqlite").toURI());
    try (var files = Files.list(sqliteFolder)) {
      for (Path script : files.toList()) {
        Files.copy(script, scripts.resolve(script.getFileName()));
      }
    }
    Path file = directory.resolve("old.db");
    Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
        .locations("filesystem:" + scripts).load().migrate();

    try (Database database = Database.open(file)) {
      int applied = database.jdbi().withHandle(h -> h.createQuery(
          "select count(*) from flyway_schema_history where success = 1").mapTo(Integer.class).one());
      // the seven old scripts, and at opening the portable ones that came later
      assertThat(applied).isEqualTo(7 + commonMigrations());
    }
  }

  private static long commonMigrations() throws Exception {
    Path common = Path.of(SchemaTest.class.getResource("/db/migration/common").toURI());
    try (var files = Files.list(common)) {
      return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
