package nl.samen.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import nl.samen.Application;
import nl.samen.config.Settings;
import nl.samen.testing.ClockTimer;
import nl.samen.testing.MutableClock;

/**
 * One run of the real Samen for the playground: a throwaway SQLite file in a temporary directory,
 * Samen's settings pointing at the stand-in, and a clock that only the playground moves, with the
 * timer that runs due work when it does.
 */
final class Session implements AutoCloseable {
  private final Path directory;
  private final MutableClock clock;
  private final ClockTimer timer;
  private final Application app;
  private final int port;

  private Session(Path directory, MutableClock clock, ClockTimer timer, Application app) {
    this.directory = directory;
    this.clock = clock;
    this.timer = timer;
    this.app = app;
    this.port = app.port();
  }

  static Session start(String apiUrl, String botToken, String signingSecret) {
    Path directory;
    try {
      directory = Files.createTempDirectory("samen-playground");
    } catch (IOException e) {
      throw new UncheckedIOException("No temporary directory for the playground's database", e);
    }
    MutableClock clock = MutableClock.running();
    int port = freeLoopbackPort();
    Settings settings = Settings.fromEnvironment(Map.of(
        "SLACK_BOT_TOKEN", botToken,
        "SLACK_SIGNING_SECRET", signingSecret,
        "SLACK_API_URL", apiUrl,
        "PORT", Integer.toString(port),
        "SAMEN_DB", directory.resolve("samen.db").toString(),
        // Report and calendar links point at the app itself, so they work from the page.
        "SAMEN_PUBLIC_URL", "http://127.0.0.1:" + port));
    try {
      ClockTimer timer = new ClockTimer(clock);
      return new Session(directory, clock, timer, Application.start(settings, clock, timer));
    } catch (RuntimeException e) {
      delete(directory);
      throw e;
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  MutableClock clock() {
    return clock;
  }

  ClockTimer timer() {
    return timer;
  }

  Path database() {
    return directory.resolve("samen.db");
  }

  @Override
  public void close() {
    app.close();
    delete(directory);
  }

  /** Samen wants its port as a setting; a port just freed on loopback is as good as it gets. */
  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for Samen", e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary file is harmless; the operating system clears its temp directory.
    }
  }
}
