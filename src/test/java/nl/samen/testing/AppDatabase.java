package nl.samen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A test's own way into the database of a {@link TestApp}, SQLite or PostgreSQL alike: to write
 * rows a feature would write, or to check what was stored. Tables and columns come from the JDBC
 * catalogue, which both drivers fill.
 */
public final class AppDatabase {
  private final String url;
  private final String user;
  private final String password;

  AppDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public Connection connect() throws SQLException {
    return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
  }

  public Jdbi jdbi() {
    return Jdbi.create(this::connect);
  }

  /** The tables of the database (Flyway's included), without the database's own. */
  public List<String> tables() {
    try (Connection c = connect();
         ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      List<String> tables = new ArrayList<>();
      while (rs.next()) {
        if (!rs.getString("TABLE_NAME").startsWith("sqlite_")) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<String> columns(String table) {
    try (Connection c = connect();
         ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
      List<String> columns = new ArrayList<>();
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
      return columns;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
