package nl.samen.workshop;

import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;

/** Sets the test channel up as a network with network day #1 (and, if asked, an ordinary meeting #2). */
public final class NetworkDayFixture {
  /** The tests' clock starts on 23 November 2026, 08:00 UTC. */
  public static final String NOW = "2026-11-23T08:00:00Z";
  /** 48 hours before 3 December 2026 09:30 in Amsterdam. */
  public static final Instant DEADLINE = Instant.parse("2026-12-01T08:30:00Z");

  private NetworkDayFixture() {}

  /** The app at {@link #NOW} with network day #1, for a field JUnit closes after each test. */
  public static TestApp start() {
    return TestNetwork.start(NOW, NetworkDayFixture::networkDay);
  }

  public static void networkDay(TestApp app) {
    assertThat(app.command(COORDINATOR, "setup \"IB-netwerk Noord\"").visible()).contains("IB-netwerk Noord");
    assertThat(app.command(COORDINATOR,
        "meeting new \"Netwerkdag\" 2026-12-03 09:30-15:00 at \"De Linde\" networkday").visible())
        .contains("#1");
  }

  public static void ordinaryMeeting(TestApp app) {
    assertThat(app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-10 14:00-16:00").visible())
        .contains("#2");
  }
}
