package nl.samen.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Samen in a JVM of its own (target/classes and the test classpath, started as {@code Main} is),
 * against a {@link FakeSlackApi} of the test, so that a test can kill it as {@code kill -9} does
 * and start it again on the same database.
 */
public final class AppProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts Samen and waits until its health check answers. */
  public static AppProcess start(FakeSlackApi slack, Path database, Map<String, String> extraEnv)
      throws IOException, InterruptedException {
    return start("nl.samen.Main", slack, database, extraEnv);
  }

  /** Starts Samen with another main class of the classpath, e.g. {@link ClockedMain}. */
  public static AppProcess start(String mainClass, FakeSlackApi slack, Path database,
      Map<String, String> extraEnv) throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("samen-process", ".log");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), mainClass))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", TestApp.SIGNING_SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", Integer.toString(port));
    env.put("SAMEN_DB", database.toString());
    env.putAll(extraEnv);
    AppProcess app = new AppProcess(builder.start(), port, log);
    app.awaitHealthy();
    return app;
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    try {
      Await.until("Samen healthy", Duration.ofSeconds(60), () -> {
        if (!process.isAlive()) {
          throw new AssertionError("Samen stopped while starting");
        }
        try {
          return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(2))
              .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
          return false; // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      });
    } catch (AssertionError notStarted) {
      process.destroyForcibly();
      throw new IllegalStateException("Samen did not start:\n" + Files.readString(log), notStarted);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Signed requests to this app, as Slack sends them. */
  public SlackClient client(FakeSlackApi slack) {
    return new SlackClient(baseUrl(), TestApp.SIGNING_SECRET, slack);
  }

  /** Ends the app at once, as {@code kill -9}: no shutdown hook, no background work finishes. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** What the app logged, for a failing test's message. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
