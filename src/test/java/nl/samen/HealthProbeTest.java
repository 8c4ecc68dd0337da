package nl.samen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.Test;

/** {@code java -jar samen.jar health}, the Docker image's health check. */
class HealthProbeTest {

  @Test
  void aRunningApp_isHealthy_andNothingListening_isNot() throws Exception {
    try (TestApp app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"))) {
      assertThat(HealthProbe.check(app.baseUrl().replaceAll(".*:", ""))).isZero();
    }
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    assertThat(HealthProbe.check(Integer.toString(free))).isEqualTo(1);
  }
}
