package nl.samen.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Samen's database, migrated by Flyway at open: by default one SQLite file (WAL mode, a busy
 * timeout, foreign keys on; writers open their transactions as {@code BEGIN IMMEDIATE} so that a
 * read-then-write never fails with SQLITE_BUSY_SNAPSHOT, see NOTES), or a PostgreSQL server, whose
 * transactions likewise run one after the other ({@link SerialTransactions}).
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;

  private Database(HikariDataSource dataSource, Jdbi jdbi, Dialect dialect) {
    this.dataSource = dataSource;
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  private static Jdbi jdbi(HikariDataSource dataSource, Dialect dialect) {
    Jdbi jdbi = Jdbi.create(dataSource);
    // Jdbi puts bound values into exception messages by default, and those end up in the log: an
    // absence reason or a calendar token must not. The stack trace still names the statement's caller.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    TimeColumns.register(jdbi);
    FlagColumns.register(jdbi);
    if (dialect == Dialect.POSTGRESQL) {
      jdbi.setTransactionHandler(SerialTransactions.handler());
    }
    jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    return jdbi;
  }

  /** Opens (creating if needed) the SQLite database file and brings its schema up to date. */
  public static Database open(Path file) {
    return open(new DatabaseTarget.SqliteFile(file));
  }

  /** Opens the database and brings its schema up to date. */
  public static Database open(DatabaseTarget target) {
    HikariDataSource dataSource = target instanceof DatabaseTarget.Postgres postgres
        ? postgresPool(postgres)
        : sqlitePool(((DatabaseTarget.SqliteFile) target).file());
    try {
      // Setting up Jdbi takes about as long as the migrations; it needs no tables, so both go at once.
      CompletableFuture<Jdbi> jdbi = CompletableFuture.supplyAsync(() -> jdbi(dataSource, target.dialect()));
      Flyway.configure()
          .dataSource(dataSource)
          .locations(target.dialect().migrations())
          .load()
          .migrate();
      log.info("Database: {}", target.dialect() == Dialect.POSTGRESQL
          // The URL without its parameters, which may hold a password.
          ? "PostgreSQL at " + ((DatabaseTarget.Postgres) target).url().replaceFirst("[?].*", "")
          : "SQLite in " + ((DatabaseTarget.SqliteFile) target).file());
      return new Database(dataSource, jdbi.join(), target.dialect());
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariDataSource sqlitePool(Path file) {
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
    return new HikariDataSource(pool);
  }

  /**
   * A pool for a server shared with other instances: a few connections kept open, at most
   * {@code poolSize}; a request waits up to 10 s for one rather than failing at once.
   */
  private static HikariDataSource postgresPool(DatabaseTarget.Postgres postgres) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(postgres.url());
    pool.setUsername(postgres.user());
    pool.setPassword(postgres.password());
    pool.setPoolName("samen-db");
    pool.setMaximumPoolSize(postgres.poolSize());
    pool.setMinimumIdle(Math.min(2, postgres.poolSize()));
    pool.setConnectionTimeout(10_000);
    pool.addDataSourceProperty("ApplicationName", "samen");
    try {
      return new HikariDataSource(pool);
    } catch (HikariPool.PoolInitializationException e) {
      // A wrong host, database, user or password: one line naming the settings, as for any setting.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new DatabaseRefused("PostgreSQL at SAMEN_DATABASE_URL refused SAMEN_DATABASE_USER "
          + postgres.user() + ": " + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
    }
  }

  /** Hikari's own meters of the pool (connections active, idle, pending, wait times) into these. */
  public void meterPool(MeterRegistry meters) {
    dataSource.setMetricRegistry(meters);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The connection pool itself, for a library that takes a data source (Quartz's clustered store). */
  public DataSource dataSource() {
    return dataSource;
  }

  public Dialect dialect() {
    return dialect;
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
