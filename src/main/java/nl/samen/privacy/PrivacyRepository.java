package nl.samen.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Table and column names come from the schema itself (never from a request); values are bound. */
  private static int replace(Handle h, String table, String column, String teamId, String userId,
      Pattern trace, String placeholder) {
    List<Map<String, Object>> rows = h.createQuery("select rowid as row_id, \"" + column + "\" as value from \""
            + table + "\" where team_id = :team and instr(\"" + column + "\", :user) > 0")
        .bind("team", teamId).bind("user", userId).mapToMap().list();
    int changed = 0;
    for (Map<String, Object> row : rows) {
      String value = String.valueOf(row.get("value"));
      String replaced = trace.matcher(value).replaceAll(Matcher.quoteReplacement(placeholder));
      if (!replaced.equals(value)) {
        h.createUpdate("update \"" + table + "\" set \"" + column + "\" = :value where rowid = :row")
            .bind("value", replaced).bind("row", ((Number) row.get("row_id")).longValue()).execute();
        changed++;
      }
    }
    return changed;
  }

  /** Samen's tables: every one carries the team id (SchemaTest checks it); Flyway's own is left alone. */
  private static List<String> tables(Handle h) {
    return h.createQuery("""
            select name from sqlite_master where type = 'table'
              and name not like 'sqlite_%' and name not like 'flyway_%' order by name""")
        .mapTo(String.class).list();
  }

  private static List<String> textColumns(Handle h, String table) {
    List<String> columns = new ArrayList<>();
    h.createQuery("select name, type from pragma_table_info(:table)").bind("table", table).mapToMap()
        .forEach(column -> {
          String type = String.valueOf(column.get("type")).toLowerCase();
          if (type.isEmpty() || type.contains("text") || type.contains("char")) {
            columns.add(String.valueOf(column.get("name")));
          }
        });
    return columns;
  }
}
