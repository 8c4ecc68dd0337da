package nl.samen.testing;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts to Samen's {@code /slack/events} as Slack does, for the tests' {@link SlackClient} and the
 * playground's sender alike: signed with the signing secret and the wall-clock time (Bolt checks the
 * signature's age against real time, not against a clock a test moved).
 */
public final class SignedRequests {
  private final SlackSignature.Generator signer;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public SignedRequests(String signingSecret) {
    this.signer = new SlackSignature.Generator(signingSecret);
  }

  /** Signs the body now and posts it, with any further headers (e.g. Slack's retry headers). */
  public HttpResponse<String> post(String url, String contentType, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return postWith(url, contentType, body, timestamp, signer.generate(timestamp, body), headers);
  }

  /** Posts with exactly these signature headers (null leaves a header out): for the 401 cases. */
  public HttpResponse<String> postWith(String url, String contentType, String body, String timestamp,
      String signature, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
