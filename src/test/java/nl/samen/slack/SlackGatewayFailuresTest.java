package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import nl.samen.slack.SlackCallFailed.Delivery;
import nl.samen.testing.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each way of failing proves about a post: whether it may be sent again. */
class SlackGatewayFailuresTest {
  private FakeSlackApi fake;
  private Slack slack;
  private SlackGateway gateway;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlackApi();
    slack = slack(fake.apiUrl());
    gateway = new SlackGateway(slack.methods("xoxb-test"));
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
    fake.close();
  }

  private static Slack slack(String url) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(url);
    config.setHttpClientReadTimeoutMillis(300);
    return Slack.getInstance(config);
  }

  private Delivery postFails() {
    return catchThrowableOfType(SlackCallFailed.class, () -> gateway.postMessage("C1", "hello", null)).delivery();
  }

  @Test
  void a429OrRatelimited_wasTurnedAway_andMayBeSentAgain() {
    fake.failNext("chat.postMessage", 429, 1, Optional.of(Duration.ofSeconds(1)));
    assertThat(postFails()).isEqualTo(Delivery.NOT_SENT);

    fake.refuse("chat.postMessage", "ratelimited");
    assertThat(postFails()).isEqualTo(Delivery.NOT_SENT);
  }

  @Test
  void aServerErrorOrATimeout_mayComeAfterSlackPostedIt() {
    fake.failNext("chat.postMessage", 503, 1, Optional.empty());
    assertThat(postFails()).isEqualTo(Delivery.UNKNOWN);

    fake.delay("chat.postMessage", c -> true, Duration.ofSeconds(15));
    assertThat(postFails()).isEqualTo(Delivery.UNKNOWN);
    assertThat(fake.calls("chat.postMessage")).as("Slack had it").hasSize(1);
  }

  @Test
  void aRefusal_isFinal() {
    fake.refuse("chat.postMessage", "invalid_blocks");
    assertThat(postFails()).isEqualTo(Delivery.REFUSED);
  }

  @Test
  void noConnection_provesNothingArrived() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Slack nowhere = slack("http://127.0.0.1:" + closedPort + "/api/")) {
      gateway = new SlackGateway(nowhere.methods("xoxb-test"));
      assertThat(postFails()).isEqualTo(Delivery.NOT_SENT);
    }
  }
}
