package nl.samen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseTarget;

/**
 * The database the end-to-end suite runs on: SQLite (the default) or, with the system property
 * {@code samen.test.database=postgres}, a fresh database per app in one embedded PostgreSQL that
 * is started once per JVM from Maven Central's jars (no install, no Docker).
 */
public final class TestDatabase {
  public static final String PROPERTY = "samen.test.database";
  private static final String USER = "postgres";
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabase() {}

  public static boolean postgres() {
    return "postgres".equals(System.getProperty(PROPERTY));
  }

  /** Settings of a new, empty PostgreSQL database: SAMEN_DATABASE_URL, _USER and _PASSWORD. */
  public static Map<String, String> freshPostgres() {
    String name = "samen_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    create(name, Server.TEMPLATE);
    return settings(name);
  }

  private static Map<String, String> settings(String name) {
    return Map.of(
        "SAMEN_DATABASE_URL", "jdbc:postgresql://localhost:" + Server.INSTANCE.getPort() + "/" + name,
        "SAMEN_DATABASE_USER", USER,
        "SAMEN_DATABASE_PASSWORD", "");
  }

  private static void create(String name, String template) {
    try (Connection c = Server.INSTANCE.getPostgresDatabase().getConnection();
         Statement s = c.createStatement()) {
      s.execute("create database " + name + " template " + template);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + name, e);
    }
  }

  /** Started on first use; its shutdown hook stops it with the JVM. */
  private static final class Server {
    static final EmbeddedPostgres INSTANCE = start();
    /**
     * A database migrated once, copied for each app: the app's own Flyway then only validates,
     * which saves the suite a migration per test.
     */
    static final String TEMPLATE = migratedTemplate();

    private static EmbeddedPostgres start() {
      try {
        // Test data need no durability: without fsync the suite runs at memory speed.
        return EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "300")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }

    private static String migratedTemplate() {
      String name = "samen_template";
      create(name, "template0");
      Map<String, String> env = settings(name);
      Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"), USER, "", 2)).close();
      return name;
    }
  }
}
