package nl.samen.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: one file, WAL mode, a busy timeout, foreign keys on, migrated by Flyway at
 * open. Writers open their transactions as {@code BEGIN IMMEDIATE} so that a read-then-write never
 * fails with SQLITE_BUSY_SNAPSHOT (see NOTES).
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource, Jdbi jdbi) {
    this.dataSource = dataSource;
    this.jdbi = jdbi;
  }

  private static Jdbi jdbi(HikariDataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    // Jdbi puts bound values into exception messages by default, and those end up in the log: an
    // absence reason or a calendar token must not. The stack trace still names the statement's caller.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    TimeColumns.register(jdbi);
    jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    return jdbi;
  }

  /** Opens (creating if needed) the database file and brings its schema up to date. */
  public static Database open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      parent.toFile().mkdirs();
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(5000);
    sqlite.enforceForeignKeys(true);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource sqliteSource = new SQLiteDataSource(sqlite);
    sqliteSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());

    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqliteSource);
    pool.setPoolName("samen-db");
    pool.setMaximumPoolSize(4);
    pool.setMinimumIdle(1);
    HikariDataSource dataSource = new HikariDataSource(pool);

    // Setting up Jdbi takes about as long as the migrations; it needs no tables, so both go at once.
    CompletableFuture<Jdbi> jdbi = CompletableFuture.supplyAsync(() -> jdbi(dataSource));
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new Database(dataSource, jdbi.join());
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** True when a trivial query answers; used by the health check. */
  public boolean isHealthy() {
    try {
      return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
