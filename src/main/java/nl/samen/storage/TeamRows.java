package nl.samen.storage;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row of one Slack team, in every table that has a team id (every table of Samen's own, see
 * SchemaTest; a table a feature adds later is included without a change here). The tables and their
 * foreign keys come from the driver's catalogue, so rows that others point at go last.
 */
public final class TeamRows {
  private TeamRows() {}

  /** Deletes the team's rows in one transaction; returns how many went. */
  public static int deleteAll(Jdbi jdbi, String teamId) {
    return jdbi.inTransaction(h -> {
      int deleted = 0;
      for (String table : childrenFirst(h)) {
        // The name comes from the schema itself, never from a request; the team id is bound.
        deleted += h.createUpdate("delete from \"" + table + "\" where team_id = :team")
            .bind("team", teamId).execute();
      }
      return deleted;
    });
  }

  /** The tables with a team id, each after every table whose rows point at it. */
  static List<String> childrenFirst(Handle h) {
    try {
      DatabaseMetaData meta = h.getConnection().getMetaData();
      String schema = h.getConnection().getSchema();
      Map<String, Set<String>> parents = new TreeMap<>();
      try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          parents.put(rs.getString("TABLE_NAME"), new LinkedHashSet<>());
        }
      }
      parents.keySet().removeIf(table -> !hasTeamId(meta, schema, table));
      for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
        try (ResultSet rs = meta.getImportedKeys(null, schema, table.getKey())) {
          while (rs.next()) {
            String parent = rs.getString("PKTABLE_NAME");
            if (!parent.equals(table.getKey())) {
              table.getValue().add(parent);
            }
          }
        }
      }
      List<String> order = new ArrayList<>();
      while (!parents.isEmpty()) {
        // A table no remaining table points at goes now; a cycle would stop here rather than loop.
        String next = parents.keySet().stream()
            .filter(t -> parents.values().stream().noneMatch(p -> p.contains(t)))
            .findFirst().orElseThrow(() -> new IllegalStateException("Foreign keys in a cycle: " + parents.keySet()));
        order.add(next);
        parents.remove(next);
      }
      return order;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the tables", e);
    }
  }

  private static boolean hasTeamId(DatabaseMetaData meta, String schema, String table) {
    try (ResultSet rs = meta.getColumns(null, schema, table, "team_id")) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the columns of " + table, e);
    }
  }
}
