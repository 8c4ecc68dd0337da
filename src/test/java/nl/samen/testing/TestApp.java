package nl.samen.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.samen.Application;
import nl.samen.Feature;
import nl.samen.config.Settings;

/**
 * The whole app on a free port against a {@link FakeSlackApi}, with a temporary database and a
 * clock the test moves. {@link #restart()} stops it and starts it again on the same database. The
 * database is a SQLite file, or a fresh PostgreSQL database when {@link TestDatabase#postgres()}.
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
    this.clock = clock;
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
    slack.user(COORDINATOR, "nl-NL");
    slack.user(MEMBER, "en-US");
    slack.user(OTHER, "nl-NL");
    slack.bot(FakeSlackApi.BOT_USER);
    slack.channelMembers(CHANNEL, COORDINATOR, MEMBER, OTHER, FakeSlackApi.BOT_USER);
    beforeStart.accept(slack);
    start();
  }

  private void start() {
    app = Application.start(Settings.fromEnvironment(env), clock);
    client = new SlackClient(baseUrl(), SIGNING_SECRET, slack);
    if (TestDatabase.postgres() && !db().tables().contains("network")) {
      throw new IllegalStateException("The suite runs on PostgreSQL, but the app made no tables there");
    }
  }

  public void restart() {
    app.close();
    start();
  }

  /** A running feature of the app, e.g. to wake reminders after the test moved the clock. */
  public <T extends Feature> T feature(Class<T> type) {
    return app.feature(type).orElseThrow();
  }

  public SlackClient client() {
    return client;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  /** The SQLite file; on PostgreSQL there is none, use {@link #db()}. */
  public Path database() {
    return directory.resolve("samen.db");
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
