package nl.samen.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.samen.Application;
import nl.samen.config.Settings;
import nl.samen.schedule.QuartzTimer;

/**
 * Starts Samen as {@code Main} does, but on a clock that reads {@code SAMEN_TEST_CLOCK} (an instant)
 * at the moment of the start and ticks on from there: a test's own JVM of Samen that it can kill and
 * start again "later" without waiting for real time to pass.
 */
public final class ClockedMain {
  private ClockedMain() {}

  public static void main(String[] args) {
    Clock wall = Clock.systemUTC();
    Instant startsAt = Instant.parse(System.getenv("SAMEN_TEST_CLOCK"));
    Clock clock = Clock.offset(wall, Duration.between(wall.instant(), startsAt));
    Settings settings = Settings.fromEnvironment(System.getenv());
    Application app = Application.start(settings, clock,
        QuartzTimer.start("samen", clock, settings.cluster()));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "samen-shutdown"));
  }
}
