package nl.samen.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With SLACK_APP_TOKEN set, Samen connects out to Slack over a WebSocket instead of serving
 * /slack/events. A local stand-in plays Slack's side: apps.connections.open points at it, it says
 * hello, sends a slash-command envelope and receives the acknowledgement.
 */
class SocketModeEndToEndTest {
  private final List<WsContext> connections = new CopyOnWriteArrayList<>();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private Javalin slackSide;
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    slackSide = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.ws("/link", ws -> {
        ws.onConnect(ctx -> {
          ctx.session.setIdleTimeout(Duration.ofMinutes(5));
          connections.add(ctx);
          ctx.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0SAMEN\"},"
              + "\"debug_info\":{\"host\":\"local\",\"approximate_connection_time\":3600}}");
        });
        ws.onMessage(ctx -> received.add(ctx.message()));
        ws.onClose(ctx -> connections.remove(ctx));
      });
    }).start("127.0.0.1", 0);
    String socketUrl = "ws://127.0.0.1:" + slackSide.port() + "/link";
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of("SLACK_APP_TOKEN", "xapp-1-test"),
        fake -> fake.socketModeUrl(socketUrl));
  }

  @AfterEach
  void stop() {
    app.close();
    slackSide.stop();
  }

  @Test
  void aSlashCommandEnvelope_isAcknowledgedOverTheSocket_andHealthReportsTheConnection() throws Exception {
    awaitConnection();
    String envelope = "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
        + "\"payload\":{\"token\":\"t\",\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"team_domain\":\"samen\","
        + "\"channel_id\":\"C0NETWERK\",\"channel_name\":\"netwerk\",\"user_id\":\"U0MEMBER\","
        + "\"user_name\":\"member\",\"command\":\"/samen\",\"text\":\"help\",\"api_app_id\":\"A0SAMEN\","
        + "\"response_url\":\"" + app.slack.responseUrl() + "\",\"trigger_id\":\"1.2.3\"}}";

    connections.get(0).send(envelope);

    String ack = received.poll(10, TimeUnit.SECONDS);
    assertThat(ack).isNotNull().contains("\"envelope_id\":\"env-1\"").contains("Type `/samen`");
    var health = app.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"slack_connection\":\"ok\"");
    assertThat(app.get("/slack/events").statusCode()).isEqualTo(404);
  }

  private void awaitConnection() {
    Await.until("Samen connected to the socket", Duration.ofSeconds(10), () -> !connections.isEmpty());
  }
}
