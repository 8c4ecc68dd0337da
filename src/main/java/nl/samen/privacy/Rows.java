package nl.samen.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A result row as a map from column name to value, ready for the JSON export. */
final class Rows {
  private Rows() {}

  static Map<String, Object> of(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      row.put(meta.getColumnLabel(i), rs.getObject(i));
    }
    return row;
  }
}
