package nl.samen.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Install mode in the tests: the settings that turn it on, and a workspace installing Samen as its
 * admin's browser does (/slack/install, Slack's authorize page, Slack's redirect back with a code).
 */
public final class Installs {
  public static final String CLIENT_ID = "1234.5678";
  /** A fixed 32-byte key: the tests look at what it makes of a token, not at the key. */
  public static final String TOKEN_KEY = Base64.getEncoder().encodeToString(new byte[] {
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
      31, 32});
  /** Install mode: client id, secret and token key, and no single bot token. */
  public static final Map<String, String> MODE = Map.of("SLACK_BOT_TOKEN", "", "SLACK_CLIENT_ID", CLIENT_ID,
      "SLACK_CLIENT_SECRET", "client-secret", "SAMEN_TOKEN_KEY", TOKEN_KEY);

  private Installs() {}

  /** What /slack/install answered: where it sends the browser, the state in that link, the cookie set. */
  public record Start(int status, String location, String state, String cookie) {}

  /** A workspace installs Samen: start, Slack hands out {@code code}, the redirect. Returns the last page. */
  public static HttpResponse<String> install(TestApp app, String teamId, String botToken, String botUserId) {
    String code = "code-" + teamId;
    app.slack.installable(code, teamId, botToken, botUserId);
    Start start = start(app);
    return redirect(app, code, start.state(), start.cookie());
  }

  public static Start start(TestApp app) {
    HttpResponse<String> response = get(app, "/slack/install", null);
    String location = response.headers().firstValue("Location").orElse("");
    String query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
    String state = FormFields.decode(query).getOrDefault("state", "");
    String cookie = response.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
    return new Start(response.statusCode(), location, state, cookie);
  }

  /** Slack's redirect back to Samen, from the browser that carries {@code cookie}. */
  public static HttpResponse<String> redirect(TestApp app, String code, String state, String cookie) {
    return get(app, "/slack/oauth_redirect?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
        + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8), cookie);
  }

  private static HttpResponse<String> get(TestApp app, String path, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET();
    if (cookie != null && !cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    try {
      // Redirects are not followed: the test looks at where Samen sends the browser.
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
