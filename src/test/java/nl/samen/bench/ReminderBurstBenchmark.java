package nl.samen.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import nl.samen.storage.TimeColumns;
import org.jdbi.v3.core.Jdbi;

/**
 * A burst of reminders: 10,000 channel reminders falling due in the same minute across 500
 * network channels (20 meetings each), against the fake Slack limited to one post per second per
 * channel (429 with Retry-After beyond that). The whole app runs as in production: the meetings are
 * written to the database, the app is restarted (it rebuilds its wake-up from the tables) and
 * the test timer wakes the sender as the clock follows real time. Meanwhile a member keeps typing {@code /samen reminders}.
 *
 * <p>Prints: time until all are delivered, lateness p50/p99, duplicates, lost, 429s, and the
 * slash-command answer times during the burst. Not a unit test: run it by hand (see the README).
 */
public final class ReminderBurstBenchmark {
  static final int CHANNELS = Integer.getInteger("channels", 500);
  static final int PER_CHANNEL = Integer.getInteger("perChannel", 20);
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Pattern MEETING = Pattern.compile("#(\\d+)");

  private ReminderBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    clock.run(); // the app's clock follows real time, so Quartz and the app agree

    try (TestApp app = new TestApp(clock)) {
      app.slack.limitPostsPerChannel(Duration.ofSeconds(1));
      Instant firstDue = Instant.now().plusSeconds(40).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
          .plus(Duration.ofMinutes(1));
      Map<Long, Instant> dueOf = seed(Jdbi.create("jdbc:sqlite:" + app.database()), firstDue);
      int expected = dueOf.size();
      System.out.printf("Seeded %d meetings in %d channels; reminders due %s .. +59 s (in %d s)%n",
          expected, CHANNELS, firstDue, Duration.between(Instant.now(), firstDue).toSeconds());
      app.restart(); // rebuilds the next wake-up from the database

      List<Long> commandMillis = Collections.synchronizedList(new ArrayList<>());
      ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
      typist.scheduleAtFixedRate(() -> typeCommand(app.client(), commandMillis, firstDue), 0, 100,
          TimeUnit.MILLISECONDS);

      try {
        Await.until("all " + expected + " reminders delivered", Duration.between(Instant.now(),
            firstDue.plus(Duration.ofMinutes(5))), () -> delivered(app.slack).size() >= expected);
        app.drain(Duration.ofMinutes(5)); // anything sent twice is among the calls now
      } catch (AssertionError late) {
        System.out.println(late.getMessage()); // the report shows what was lost
      }
      typist.shutdownNow();
      typist.awaitTermination(10, TimeUnit.SECONDS);
      report(app.slack, dueOf, firstDue, commandMillis);
    }
    System.exit(0); // the fake Slack's HTTP threads would keep the JVM alive
  }

  /** 500 networks with the rule '1h channel', 20 meetings each starting an hour after their due time. */
  static Map<Long, Instant> seed(Jdbi jdbi, Instant firstDue) {
    Random random = new Random(42);
    Map<Long, Instant> dueOf = new HashMap<>();
    String now = TimeColumns.instant(Instant.now());
    jdbi.useTransaction(h -> {
      for (int c = 0; c < CHANNELS; c++) {
        long network = h.createUpdate("""
                insert into network (team_id, channel_id, name, time_zone, created_by, created_at)
                values (:team, :channel, :name, 'Europe/Amsterdam', 'U0COORD', :now)
                """)
            .bind("team", FakeSlackApi.TEAM).bind("channel", channel(c)).bind("name", "Netwerk " + c)
            .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.execute("insert into coordinator (team_id, network_id, user_id, added_by, added_at) values (?, ?, 'U0COORD', 'U0COORD', ?)",
            FakeSlackApi.TEAM, network, now);
        h.execute("insert into reminder_rule (team_id, network_id, position, rule, set_by, set_at) "
            + "values (?, ?, 0, '1h channel', 'U0COORD', ?)", FakeSlackApi.TEAM, network, "2020-01-01T00:00:00Z");
        for (int m = 0; m < PER_CHANNEL; m++) {
          Instant due = firstDue.plusSeconds(random.nextInt(60));
          ZonedDateTime start = due.plus(Duration.ofHours(1)).atZone(ZONE);
          long id = h.createUpdate("""
                  insert into meeting (team_id, network_id, title, kind, local_date, start_time, time_zone,
                                       starts_at, created_by, created_at, updated_at)
                  values (:team, :network, :title, 'meeting', :date, :time, 'Europe/Amsterdam', :startsAt,
                          'U0COORD', :now, :now)
                  """)
              .bind("team", FakeSlackApi.TEAM).bind("network", network).bind("title", "Overleg " + m)
              .bind("date", start.toLocalDate().toString()).bind("time", start.toLocalTime().toString())
              .bind("startsAt", TimeColumns.instant(start.toInstant())).bind("now", now)
              .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
          dueOf.put(id, due);
        }
      }
    });
    return dueOf;
  }

  static String channel(int c) {
    return String.format("CB%04d", c);
  }

  /** A member of the first network types {@code /samen reminders} (every 100 ms) during the burst. */
  static void typeCommand(SlackClient client, List<Long> millis, Instant from) {
    if (Instant.now().isAfter(from.minusSeconds(1))) {
      long start = System.nanoTime();
      SlackClient.Answer answer = client.command("U0COORD", channel(0), "reminders");
      long took = (System.nanoTime() - start) / 1_000_000;
      if (answer.status() != 200) {
        System.out.println("Command answered HTTP " + answer.status());
      }
      millis.add(took);
    }
  }

  static List<FakeSlackApi.Call> delivered(FakeSlackApi slack) {
    return slack.calls("chat.postMessage").stream()
        .filter(c -> c.text() != null && c.text().startsWith("Herinnering: #"))
        .toList();
  }

  static void report(FakeSlackApi slack, Map<Long, Instant> dueOf, Instant firstDue, List<Long> commandMillis) {
    List<FakeSlackApi.Call> calls = delivered(slack);
    Set<String> distinct = new HashSet<>();
    List<Long> lateness = new ArrayList<>();
    Instant last = firstDue;
    for (FakeSlackApi.Call call : calls) {
      Matcher m = MEETING.matcher(call.text());
      m.find();
      long meeting = Long.parseLong(m.group(1));
      distinct.add(call.channel() + "/" + meeting);
      lateness.add(Duration.between(dueOf.get(meeting), call.at()).toMillis());
      last = call.at().isAfter(last) ? call.at() : last;
    }
    Collections.sort(lateness);
    List<Long> commands = new ArrayList<>(commandMillis);
    Collections.sort(commands);
    System.out.println();
    System.out.println("== Reminder burst: " + dueOf.size() + " reminders, " + CHANNELS + " channels, due within one minute ==");
    System.out.printf("time until all delivered : %.1f s after the first due time (%.1f s after the last)%n",
        Duration.between(firstDue, last).toMillis() / 1000.0,
        Duration.between(Collections.max(dueOf.values()), last).toMillis() / 1000.0);
    System.out.printf("lateness p50 / p99 / max : %.1f s / %.1f s / %.1f s%n",
        pct(lateness, 50) / 1000.0, pct(lateness, 99) / 1000.0, pct(lateness, 100) / 1000.0);
    System.out.printf("delivered                : %d%n", calls.size());
    System.out.printf("duplicates               : %d%n", calls.size() - distinct.size());
    System.out.printf("lost                     : %d%n", dueOf.size() - distinct.size());
    System.out.printf("429 answers (rate limit) : %d%n", slack.calls("chat.postMessage:ratelimited").size());
    System.out.printf("slash commands answered  : %d, p50 %d ms, p99 %d ms, longest %d ms%n",
        commands.size(), pct(commands, 50), pct(commands, 99), pct(commands, 100));
  }

  static long pct(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
