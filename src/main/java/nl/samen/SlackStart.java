package nl.samen;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.config.Settings;
import nl.samen.config.SettingsException;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;

/**
 * The part of a start that needs no database: Slack's SDK loaded and the bot token checked with
 * auth.test (a refused token stops the start with one line). In install mode there is no one token
 * to check: {@code gateway} and {@code tokenCheck} are null, each workspace's token is in the database.
 */
record SlackStart(Slack slack, SlackGateway gateway, AuthTestResponse tokenCheck) {

  static SlackStart connect(Settings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
    int timeout = Math.toIntExact(settings.slackTimeout().toMillis());
    config.setHttpClientReadTimeoutMillis(timeout);
    config.setHttpClientWriteTimeoutMillis(timeout);
    config.setHttpClientCallTimeoutMillis(timeout * 3);
    // OkHttp quietly sends a request again after some failures, even after it was written: a post
    // could go out twice. Samen decides itself what may be retried (see SlackGateway).
    SlackHttpClient http = new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config).newBuilder()
        .connectTimeout(Duration.ofMillis(timeout))
        .retryOnConnectionFailure(false)
        .build());
    http.setConfig(config);
    Slack slack = Slack.getInstance(config, http);
    if (settings.botToken().isEmpty()) {
      return new SlackStart(slack, null, null);
    }
    SlackGateway gateway = new SlackGateway(slack.methods(settings.botToken().get()));
    AuthTestResponse tokenCheck;
    try {
      tokenCheck = gateway.checkToken();
    } catch (SlackCallFailed e) {
      closeQuietly(slack);
      throw e.retryable()
          ? new SettingsException("Slack's Web API did not answer at SLACK_API_URL " + settings.slackApiUrl()
              + " (" + e.getMessage() + ")")
          : new SettingsException("SLACK_BOT_TOKEN was not accepted by Slack (" + e.getMessage() + ")");
    }
    return new SlackStart(slack, gateway, tokenCheck);
  }

  /** Install mode's gateway: each workspace's calls with the bot token its installation keeps. */
  static SlackGateway installed(Slack slack, Function<String, Optional<String>> botTokens) {
    return new SlackGateway(team -> new SlackGateway(slack.methods(
        botTokens.apply(team).orElseThrow(() -> SlackCallFailed.notInstalled(team)))));
  }

  private static void closeQuietly(Slack slack) {
    try {
      slack.close();
    } catch (Exception e) {
      // Starting failed already; this is only tidying up.
    }
  }
}
