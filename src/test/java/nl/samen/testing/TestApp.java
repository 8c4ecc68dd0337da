package nl.samen.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.samen.Application;
import nl.samen.config.Settings;
import nl.samen.schedule.Timer;

/**
 * The whole app on a free port against a {@link FakeSlackApi}, with a temporary database, a clock the
 * test moves and a {@link ClockTimer} that runs due work (reminders) when it is moved. {@link #restart()}
 * stops it and starts it again on the same database. The database is a SQLite file, or a fresh
 * PostgreSQL database when {@link TestDatabase#postgres()}.
 */
public final class TestApp implements AutoCloseable {
  public static final String SIGNING_SECRET = "test-signing-secret";
  public static final String CHANNEL = "C0NETWERK";
  public static final String COORDINATOR = "U0COORD";
  public static final String MEMBER = "U0MEMBER";
  public static final String OTHER = "U0OTHER";

  public final FakeSlackApi slack;
  public final MutableClock clock;
  private final Path directory;
  private final Map<String, String> env = new HashMap<>();
  private Application app;
  private final Function<Clock, Timer> timers;
  private Timer timer;
  private SlackClient client;

  public TestApp(MutableClock clock) throws IOException {
    this(clock, Map.of());
  }

  public TestApp(MutableClock clock, Map<String, String> extraEnv) throws IOException {
    this(clock, extraEnv, fake -> { });
  }

  /** @param beforeStart prepares the fake Slack before the app first talks to it */
  public TestApp(MutableClock clock, Map<String, String> extraEnv, Consumer<FakeSlackApi> beforeStart)
      throws IOException {
    this(clock, extraEnv, beforeStart, ClockTimer::new);
  }

  /** @param timers the timer of each start, e.g. production's Quartz instead of a {@link ClockTimer} */
  public TestApp(MutableClock clock, Map<String, String> extraEnv, Consumer<FakeSlackApi> beforeStart,
      Function<Clock, Timer> timers) throws IOException {
    this.clock = clock;
    this.timers = timers;
    this.slack = new FakeSlackApi();
    this.directory = Files.createTempDirectory("samen-test");
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", "0");
    env.put("SAMEN_DB", directory.resolve("samen.db").toString());
    if (TestDatabase.postgres()) {
      env.putAll(TestDatabase.freshPostgres());
    }
    env.putAll(extraEnv);
    workspace(slack);
    beforeStart.accept(slack);
    start();
  }

  /**
   * The tests' workspace in a fake Slack: the coordinator and another member speak Dutch, the member
   * English, and all three are in the network's channel with the bot.
   */
  public static FakeSlackApi workspace(FakeSlackApi slack) {
    slack.user(COORDINATOR, "nl-NL");
    slack.user(MEMBER, "en-US");
    slack.user(OTHER, "nl-NL");
    slack.bot(FakeSlackApi.BOT_USER);
    slack.channelMembers(CHANNEL, COORDINATOR, MEMBER, OTHER, FakeSlackApi.BOT_USER);
    return slack;
  }

  private void start() {
    timer = timers.apply(clock);
    app = Application.start(Settings.fromEnvironment(env), clock, timer);
    client = new SlackClient(baseUrl(), SIGNING_SECRET, slack);
    if (TestDatabase.postgres() && !db().tables().contains("network")) {
      throw new IllegalStateException("The suite runs on PostgreSQL, but the app made no tables there");
    }
  }

  public void restart() {
    app.close();
    start();
  }

  /** Stops the app, moves the clock while it is down, and starts it again on the same database. */
  public void restartAt(Instant moment) {
    app.close();
    clock.set(moment);
    start();
  }

  /** The running app's timer: {@link ClockTimer#settle()} waits until what is due has run. */
  public ClockTimer timer() {
    if (timer instanceof ClockTimer clockTimer) {
      return clockTimer;
    }
    throw new IllegalStateException("This app runs on " + timer.getClass().getSimpleName() + ", not on the test's timer");
  }

  /**
   * Waits until the app has nothing in hand (no job due or running, no background work) and its
   * outbox is drained (every notice expanded, every message in a final state). After this, nothing
   * more reaches the fake Slack until something new happens: a test asserts on the recorded calls to
   * show that nothing else came, and a duplicate, however late, is among them.
   */
  public void drain() {
    drain(Duration.ofSeconds(20));
  }

  public void drain(Duration within) {
    OutboxState outbox = new OutboxState(db().jdbi());
    // Idle before and after the outbox: background work may queue messages, sending starts no work.
    Await.until(() -> "the app idle and its outbox drained. Outbox: " + outbox.rows(), within,
        () -> app.idle() && outbox.settled() && app.idle());
  }

  public SlackClient client() {
    return client;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  /** The SQLite file; on PostgreSQL there is none, use {@link #db()}. */
  public Path database() {
    return Path.of(env.get("SAMEN_DB"));
  }

  /** The app's database, whichever it is, for a test to look into. */
  public AppDatabase db() {
    String url = env.get("SAMEN_DATABASE_URL");
    return url == null
        ? new AppDatabase("jdbc:sqlite:" + database(), null, null)
        : new AppDatabase(url, env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"));
  }

  public SlackClient.Answer command(String user, String text) {
    return client.command(user, CHANNEL, text);
  }

  /** A GET on the app's own web server, e.g. /health. */
  public HttpResponse<String> get(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    slack.close();
  }
}
