package nl.samen;

import java.time.Clock;
import nl.samen.config.Settings;
import nl.samen.config.SettingsException;
import nl.samen.schedule.QuartzTimer;

/**
 * Starts Samen from the environment; a wrong setting stops it with one line naming the setting.
 * {@code health} probes a running Samen. The playground is not part of this jar: {@code playground}
 * only says how to start it from the sources.
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
      System.err.println("The playground is not part of samen.jar. From the sources, run: mvn -B -q test-compile exec:java");
      System.exit(2);
      return;
    }
    Application app;
    try {
      Settings settings = Settings.fromEnvironment(System.getenv());
      Clock clock = Clock.systemUTC();
      app = Application.start(settings, clock, QuartzTimer.start("samen", clock, settings.cluster()));
    } catch (SettingsException e) {
      System.err.println("Samen cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "samen-shutdown"));
  }
}
