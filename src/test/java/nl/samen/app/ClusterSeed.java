package nl.samen.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import nl.samen.storage.TimeColumns;
import nl.samen.testing.FakeSlackApi;
import org.jdbi.v3.core.Jdbi;

/**
 * The cluster test's burst, written straight into the database: networks each with the rule
 * '1h channel' and meetings an hour after their reminders fall due, within a few seconds.
 */
final class ClusterSeed {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private ClusterSeed() {}

  static String channel(int c) {
    return String.format("CL%02d", c);
  }

  /** Channel reminders falling due from {@code firstDue} on, one each {@code spread / count}. */
  static void seed(Jdbi jdbi, int channels, int perChannel, Instant firstDue, Duration spread) {
    String now = TimeColumns.instant(Instant.now());
    String team = FakeSlackApi.TEAM;
    jdbi.useTransaction(h -> {
      for (int c = 0; c < channels; c++) {
        long network = h.createQuery("insert into network (team_id, channel_id, name, time_zone, created_by, "
                + "created_at) values (?, ?, ?, 'Europe/Amsterdam', 'U0COORD', ?) returning id")
            .bind(0, team).bind(1, channel(c)).bind(2, "Cluster " + c).bind(3, now).mapTo(Long.class).one();
        h.execute("insert into reminder_rule (team_id, network_id, position, rule, set_by, set_at) "
            + "values (?, ?, 0, '1h channel', 'U0COORD', '2020-01-01T00:00:00Z')", team, network);
        for (int m = 0; m < perChannel; m++) {
          long offset = spread.toMillis() * (m * channels + c) / (channels * perChannel);
          ZonedDateTime start = firstDue.plusMillis(offset).plus(Duration.ofHours(1))
              .truncatedTo(ChronoUnit.SECONDS).atZone(ZONE);
          h.execute("insert into meeting (team_id, network_id, title, kind, local_date, start_time, time_zone, "
              + "starts_at, created_by, created_at, updated_at) values (?, ?, ?, 'meeting', ?, ?, "
              + "'Europe/Amsterdam', ?, 'U0COORD', ?, ?)", team, network, "Burst " + m,
              start.toLocalDate().toString(), start.toLocalTime().toString(),
              TimeColumns.instant(start.toInstant()), now, now);
        }
      }
    });
  }
}
