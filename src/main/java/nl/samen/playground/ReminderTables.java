package nl.samen.playground;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.storage.TimeColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The next reminder, read (read-only) from the reminder tables of the playground's throwaway database:
 * each upcoming meeting's rules (the network's own, or the defaults 7d channel, 1d dm, nudge 1d) give
 * due moments as the product describes them; rounds already handled are left out. Without the
 * reminder tables (a build without the reminders feature) there is no next reminder.
 */
public final class ReminderTables implements NextReminderSource {
  private static final Logger log = LoggerFactory.getLogger(ReminderTables.class);
  private static final List<String> DEFAULT_RULES = List.of("7d channel", "1d dm", "nudge 1d");
  private static final Pattern RULE = Pattern.compile("(nudge )?(\\d+)([dhm])( channel| dm)?");

  private record Upcoming(long meeting, long network, int sequence, ZonedDateTime start, int deadlineHours) {}

  @Override
  public Optional<Instant> nextAfter(Path database, Instant now) {
    if (!Files.exists(database)) {
      return Optional.empty();
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + database)) {
      if (!hasTable(connection, "reminder_rule")) {
        return Optional.empty();
      }
      Instant next = null;
      for (Upcoming meeting : upcoming(connection, now)) {
        Set<String> handled = handledRules(connection, meeting);
        for (String rule : rules(connection, meeting.network())) {
          Optional<Instant> due = handled.contains(rule) ? Optional.empty() : dueAt(rule, meeting);
          if (due.isPresent() && due.get().isAfter(now) && (next == null || due.get().isBefore(next))) {
            next = due.get();
          }
        }
      }
      return Optional.ofNullable(next);
    } catch (SQLException e) {
      log.warn("Could not read the next reminder from the playground's database: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /** A rule's due moment: days count on the local calendar, hours and minutes on the instant. */
  static Optional<Instant> dueAt(String rule, ZonedDateTime start, int deadlineHours) {
    Matcher m = RULE.matcher(rule.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    ZonedDateTime anchor = m.group(1) != null ? start.minusHours(deadlineHours) : start;
    long amount = Long.parseLong(m.group(2));
    return Optional.of(switch (m.group(3)) {
      case "d" -> anchor.minusDays(amount).toInstant();
      case "h" -> anchor.toInstant().minus(Duration.ofHours(amount));
      default -> anchor.toInstant().minus(Duration.ofMinutes(amount));
    });
  }

  private static Optional<Instant> dueAt(String rule, Upcoming meeting) {
    return dueAt(rule, meeting.start(), meeting.deadlineHours());
  }

  private static List<Upcoming> upcoming(Connection connection, Instant now) throws SQLException {
    String sql = """
        select m.id, m.network_id, m.sequence, m.local_date, m.start_time, m.time_zone, n.rsvp_deadline_hours
        from meeting m join network n on n.id = m.network_id
        where m.status = 'scheduled' and m.starts_at > ?
        """;
    List<Upcoming> meetings = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, TimeColumns.instant(now));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          ZonedDateTime start = ZonedDateTime.of(LocalDate.parse(rs.getString(4)), LocalTime.parse(rs.getString(5)),
              ZoneId.of(rs.getString(6)));
          meetings.add(new Upcoming(rs.getLong(1), rs.getLong(2), rs.getInt(3), start, rs.getInt(7)));
        }
      }
    }
    return meetings;
  }

  private static List<String> rules(Connection connection, long network) throws SQLException {
    List<String> rules = strings(connection, "select rule from reminder_rule where network_id = ?", network);
    return rules.isEmpty() ? DEFAULT_RULES : rules;
  }

  private static Set<String> handledRules(Connection connection, Upcoming meeting) throws SQLException {
    if (!hasTable(connection, "reminder_round")) {
      return Set.of();
    }
    return new HashSet<>(strings(connection,
        "select rule from reminder_round where meeting_id = ? and sequence = ?", meeting.meeting(), meeting.sequence()));
  }

  private static List<String> strings(Connection connection, String sql, long... ids) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) {
        statement.setLong(i + 1, ids[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static boolean hasTable(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select 1 from sqlite_master where type = 'table' and name = ?")) {
      statement.setString(1, table);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }
}
