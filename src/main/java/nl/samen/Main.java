package nl.samen;

import java.time.Clock;
import nl.samen.config.Settings;
import nl.samen.config.SettingsException;
import nl.samen.playground.Playground;

/**
 * Starts Samen from the environment; a wrong setting stops it with one line naming the setting.
 * {@code health} probes a running Samen; {@code playground} starts Samen with a stand-in for Slack.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("health")) {
      String port = System.getenv("PORT");
      System.exit(HealthProbe.check(port == null || port.isBlank() ? "3000" : port));
      return;
    }
    if (args.length > 0 && args[0].equals("playground")) {
      Playground.run(System.getenv());
      return;
    }
    Application app;
    try {
      app = Application.start(Settings.fromEnvironment(System.getenv()), Clock.systemUTC());
    } catch (SettingsException e) {
      System.err.println("Samen cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "samen-shutdown"));
  }
}
