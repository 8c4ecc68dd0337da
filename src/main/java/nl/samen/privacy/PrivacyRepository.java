package nl.samen.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What forgetting needs beyond each feature's own {@link PersonalData}: whether the person is the
 * last coordinator somewhere, and a final sweep that finds the person's id wherever it is still
 * written, in any text column of any table (a mention in a message to others, in a title someone
 * else typed, in a table a feature added later) and puts the placeholder there.
 */
final class PrivacyRepository {
  private final Jdbi jdbi;

  PrivacyRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Replaces every remaining trace of the id in the team's rows; returns how many values changed. */
  int replaceLeftovers(String teamId, String userId, String placeholder) {
    // A mention Slack escaped carries the name as well (<@U123|anna>): it goes as a whole.
    Pattern trace = Pattern.compile("<@" + Pattern.quote(userId) + "(\\|[^>]*)?>|(?<![A-Z0-9])"
        + Pattern.quote(userId) + "(?![A-Z0-9])");
    return jdbi.inTransaction(h -> {
      int changed = 0;
      for (String table : tables(h)) {
        for (String column : textColumns(h, table)) {
          changed += replace(h, table, column, teamId, userId, trace, placeholder);
        }
      }
      return changed;
    });
  }

  /**
   * Table and column names come from the schema itself (never from a request); values are bound.
   * Rows are found by the value they hold (no rowid on PostgreSQL): equal values get equal
   * replacements, so one update per distinct value does.
   */
  private static int replace(Handle h, String table, String column, String teamId, String userId,
      Pattern trace, String placeholder) {
    List<String> values = h.createQuery("select distinct \"" + column + "\" from \"" + table
            + "\" where team_id = :team and replace(\"" + column + "\", :user, '') <> \"" + column + "\"")
        .bind("team", teamId).bind("user", userId).mapTo(String.class).list();
    int changed = 0;
    for (String value : values) {
      String replaced = trace.matcher(value).replaceAll(Matcher.quoteReplacement(placeholder));
      if (!replaced.equals(value)) {
        changed += h.createUpdate("update \"" + table + "\" set \"" + column + "\" = :replaced where team_id = :team and \""
                + column + "\" = :value")
            .bind("replaced", replaced).bind("team", teamId).bind("value", value).execute();
      }
    }
    return changed;
  }

  /**
   * Samen's tables, from the driver's catalogue (SQLite and PostgreSQL alike): those with a team id,
   * which is every one of Samen's own (SchemaTest checks it); Flyway's is left alone.
   */
  private static List<String> tables(Handle h) {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = h.getConnection().getMetaData()
        .getTables(null, h.getConnection().getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.startsWith("flyway_") && !name.startsWith("sqlite_")) {
          tables.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the tables", e);
    }
    tables.removeIf(table -> !textColumns(h, table).contains("team_id"));
    tables.sort(null);
    return tables;
  }

  private static List<String> textColumns(Handle h, String table) {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = h.getConnection().getMetaData()
        .getColumns(null, h.getConnection().getSchema(), table, "%")) {
      while (rs.next()) {
        String type = String.valueOf(rs.getString("TYPE_NAME")).toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.contains("text") || type.contains("char")) {
          columns.add(rs.getString("COLUMN_NAME"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the columns of " + table, e);
    }
    return columns;
  }
}
