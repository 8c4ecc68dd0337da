package nl.samen;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.List;
import java.util.Optional;
import nl.samen.config.Settings;

/**
 * How Slack reaches the Bolt app: Socket Mode when SLACK_APP_TOKEN is set (frames straight to the app,
 * no public URL), else signed HTTP requests to /slack/events.
 */
final class SocketMode {
  private SocketMode() {}

  /**
   * Connects, when the settings ask for Socket Mode (the connection closes with the other parts);
   * otherwise readies the app for Slack's HTTP requests. Empty when Slack comes over HTTP.
   */
  static Optional<SocketModeApp> start(Settings settings, App app, List<AutoCloseable> parts) {
    if (!settings.socketMode()) {
      startHttpApp(app);
      return Optional.empty();
    }
    try {
      SocketModeApp socketMode = new SocketModeApp(settings.appToken().get(), app,
          SocketModeClient.Backend.Tyrus, 4);
      socketMode.startAsync();
      parts.add(0, socketMode::close);
      return Optional.of(socketMode);
    } catch (Exception e) {
      throw new IllegalStateException("Socket Mode could not connect with SLACK_APP_TOKEN: " + e.getMessage(), e);
    }
  }

  /** Builds Bolt's middleware now rather than on the first request. */
  private static void startHttpApp(App app) {
    try {
      app.start();
    } catch (Exception e) {
      throw new IllegalStateException("The Slack app could not start: " + e.getMessage(), e);
    }
  }

  /** A failed reconnect can leave the client silently deaf (see NOTES): health reports it. */
  static boolean isConnected(SocketModeApp socketMode) {
    try {
      return !socketMode.isClientStopped() && socketMode.getClient() != null
          && socketMode.getClient().verifyConnection();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
