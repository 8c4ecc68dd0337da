package nl.samen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code java -jar samen.jar health}: asks the running app's /health, for container health checks. */
final class HealthProbe {
  private HealthProbe() {}

  /** Exit code 0 when the app on PORT answers 200, 1 otherwise. */
  static int check(String port) {
    try {
      HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
          .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
              .timeout(Duration.ofSeconds(4)).GET().build(), HttpResponse.BodyHandlers.ofString());
      System.out.println(response.body());
      return response.statusCode() == 200 ? 0 : 1;
    } catch (Exception e) {
      System.out.println("unhealthy: " + e.getMessage());
      return 1;
    }
  }
}
