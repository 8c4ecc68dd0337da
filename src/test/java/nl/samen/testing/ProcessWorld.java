package nl.samen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fake Slack with the tests' workspace and one database, on which Samen processes are started,
 * killed ({@code kill -9}) and started again: the set-up of every crash test.
 */
public final class ProcessWorld implements AutoCloseable {
  public final FakeSlackApi slack;
  public final Path database;
  private AppProcess current;

  public ProcessWorld(String name) throws IOException {
    this.slack = TestApp.workspace(new FakeSlackApi());
    this.database = Files.createTempDirectory(name).resolve("samen.db");
  }

  /** Starts Samen as {@code Main} does on this world's Slack and database. */
  public AppProcess start(Map<String, String> env) throws IOException, InterruptedException {
    return start("nl.samen.Main", env);
  }

  /** Starts Samen with another main class, e.g. {@link ClockedMain}; a process still alive is killed first. */
  public AppProcess start(String mainClass, Map<String, String> env) throws IOException, InterruptedException {
    if (current != null) {
      current.close();
    }
    current = AppProcess.start(mainClass, slack, database, env);
    return current;
  }

  @Override
  public void close() throws Exception {
    if (current != null) {
      current.close();
    }
    slack.close();
  }
}
