package nl.samen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.Application;
import nl.samen.config.Settings;
import nl.samen.testing.ClockTimer;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;

/**
 * Samen instances for a benchmark: one on a SQLite file, or several on one (embedded) PostgreSQL
 * database, all against one fake Slack (so its pace rule holds across them) and on the wall clock.
 */
final class BenchCluster implements AutoCloseable {
  final FakeSlackApi slack;
  final List<Application> apps = new ArrayList<>();
  final List<ClockTimer> timers = new ArrayList<>();
  final List<SlackClient> clients = new ArrayList<>();
  private final Map<String, String> env = new HashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  final String name;

  private BenchCluster(int instances, boolean postgres) throws IOException {
    this.name = postgres ? instances + " on PostgreSQL" : instances + " on SQLite";
    slack = TestApp.workspace(new FakeSlackApi());
    slack.keepCalls(200_000);
    Path directory = Files.createTempDirectory("samen-bench");
    env.put("SLACK_BOT_TOKEN", "xoxb-bench");
    env.put("SLACK_SIGNING_SECRET", TestApp.SIGNING_SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", "0");
    env.put("SAMEN_DB", directory.resolve("samen.db").toString());
    env.put("LOG_LEVEL", "WARN");
    if (postgres) {
      env.putAll(TestDatabase.freshPostgres());
    }
    MutableClock clock = MutableClock.running();
    for (int i = 0; i < instances; i++) {
      ClockTimer timer = new ClockTimer(clock);
      Application app = Application.start(Settings.fromEnvironment(env), clock, timer);
      apps.add(app);
      timers.add(timer);
      clients.add(new SlackClient("http://127.0.0.1:" + app.port(), TestApp.SIGNING_SECRET, slack));
    }
  }

  static BenchCluster start(int instances, boolean postgres) throws IOException {
    return new BenchCluster(instances, postgres);
  }

  /** The instances in turn, as a load balancer hands them requests. */
  SlackClient nextClient() {
    return clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
  }

  /** The database all instances share, for seeding. */
  Jdbi jdbi() {
    String url = env.get("SAMEN_DATABASE_URL");
    return url == null
        ? Jdbi.create("jdbc:sqlite:" + env.get("SAMEN_DB"))
        : Jdbi.create(url, env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"));
  }

  /** The PostgreSQL server's data directory, to find its processes (none on SQLite). */
  String postgresDataDirectory() {
    return env.containsKey("SAMEN_DATABASE_URL")
        ? jdbi().withHandle(h -> h.createQuery("show data_directory").mapTo(String.class).one())
        : null;
  }

  @Override
  public void close() {
    apps.forEach(Application::close);
    slack.close();
  }
}
