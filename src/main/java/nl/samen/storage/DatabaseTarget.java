package nl.samen.storage;

import java.nio.file.Path;

/** Where Samen keeps its data: one SQLite file (the default) or a PostgreSQL server. */
public sealed interface DatabaseTarget {
  Dialect dialect();

  /** The SQLite database file; created with its folder if missing. */
  record SqliteFile(Path file) implements DatabaseTarget {
    @Override
    public Dialect dialect() {
      return Dialect.SQLITE;
    }
  }

  /**
   * A PostgreSQL database, {@code jdbc:postgresql://host:port/name}, reached by a pool of at most
   * {@code poolSize} connections.
   */
  record Postgres(String url, String user, String password, int poolSize) implements DatabaseTarget {
    @Override
    public Dialect dialect() {
      return Dialect.POSTGRESQL;
    }

    /** Without the password: a record's own toString would put it into any log line that shows it. */
    @Override
    public String toString() {
      return "Postgres[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
  }
}
