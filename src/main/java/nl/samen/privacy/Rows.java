package nl.samen.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The two things most {@link PersonalData} do: read a person's rows as maps
 * for the JSON export, and run forgetting statements that bind {@code :team}, {@code :user} and
 * {@code :placeholder}.
 */
public final class Rows {
  private Rows() {}

  /** The rows of a query that binds {@code :team} and {@code :user}, column name to value. */
  public static List<Map<String, Object>> of(Jdbi jdbi, String sql, String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery(sql).bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> row(rs)).list());
  }

  /** Runs the statements in one transaction, so that a person is forgotten in a table entirely or not. */
  public static void forget(Jdbi jdbi, String teamId, String userId, String placeholder, String... statements) {
    jdbi.useTransaction(h -> {
      for (String sql : statements) {
        update(h, sql, teamId, userId, placeholder);
      }
    });
  }

  private static void update(Handle h, String sql, String teamId, String userId, String placeholder) {
    var update = h.createUpdate(sql).bind("team", teamId).bind("user", userId);
    if (sql.contains(":placeholder")) {
      update.bind("placeholder", placeholder);
    }
    update.execute();
  }

  private static Map<String, Object> row(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      row.put(meta.getColumnLabel(i), rs.getObject(i));
    }
    return row;
  }
}
