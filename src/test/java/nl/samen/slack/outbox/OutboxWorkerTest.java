package nl.samen.slack.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.samen.slack.SlackGateway;
import nl.samen.storage.Database;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against the fake Slack: pace per channel, channels in parallel; only what surely did
 * not arrive is retried (no connection, 429), what may have arrived (5xx) is never sent again.
 */
class OutboxWorkerTest {
  FakeSlackApi fake;
  Slack slack;
  Database database;
  Outbox outbox;
  OutboxWorker worker;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlackApi();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    slack = Slack.getInstance(config);
    database = Database.open(Files.createTempDirectory("samen-outbox").resolve("samen.db"));
    outbox = new Outbox(database.jdbi(), Clock.systemUTC());
    worker = startWorker(outbox, new SlackGateway(slack.methods("xoxb-test")));
  }

  private static OutboxWorker startWorker(Outbox outbox, SlackGateway gateway) {
    OutboxWorker worker = new OutboxWorker(outbox, gateway, Clock.systemUTC(), Duration.ofMillis(10),
        Claims.alone(outbox.repository()));
    worker.start();
    return worker;
  }

  @AfterEach
  void stop() throws Exception {
    worker.close();
    database.close();
    slack.close();
    fake.close();
  }

  @Test
  void manyChannels_areServedInParallel_eachAtMostOncePerSecond_inOrder() {
    fake.limitPostsPerChannel(Duration.ofSeconds(1));
    long started = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 30; c++) {
        outbox.post("T0", "C" + c, "message " + i, null);
      }
    }

    List<FakeSlackApi.Call> posts = fake.awaitCount("chat.postMessage", call -> true, 90);

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).as("three rounds of one second, not 90 messages one after the other").isLessThan(Duration.ofSeconds(6));
    assertThat(fake.calls("chat.postMessage:ratelimited")).as("Slack never had to slow us down").isEmpty();
    assertThat(posts.stream().filter(p -> p.channel().equals("C7")).map(FakeSlackApi.Call::text))
        .containsExactly("message 0", "message 1", "message 2");
    awaitStatuses(java.util.Collections.nCopies(90, "sent").toArray(String[]::new));
  }

  @Test
  void a429_waitsForRetryAfter_andIsNotCountedAsAFailedTry() {
    fake.failNext("chat.postMessage", 429, OutboxWorker.MAX_ATTEMPTS + 2, Optional.of(Duration.ZERO));

    outbox.post("T0", "C1", "hello", null);

    fake.await("chat.postMessage", call -> "hello".equals(call.text()));
    assertThat(fake.calls("chat.postMessage:failed")).hasSize(OutboxWorker.MAX_ATTEMPTS + 2);
    awaitStatuses("sent");
  }

  @Test
  void aServerError_mayComeAfterSlackPostedIt_soTheMessageIsRecordedUnknown_andNotSentAgain() {
    fake.failNext("chat.postMessage", 500, 1, Optional.empty());

    outbox.post("T0", "C1", "maybe posted", null);

    awaitStatuses("unknown");
    assertThat(fake.calls("chat.postMessage:failed")).hasSize(1);
    assertThat(fake.calls("chat.postMessage")).isEmpty();
    assertThat(lastErrors()).containsExactly("chat.postMessage answered HTTP 500");
  }

  @Test
  void noConnection_provesNothingArrived_soItIsRetried_untilItIsMarkedFailed() throws Exception {
    worker.close();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + closedPort + "/api/");
    try (Slack nowhere = Slack.getInstance(config)) {
      worker = startWorker(outbox, new SlackGateway(nowhere.methods("xoxb-test")));

      outbox.post("T0", "C1", "never arrives", null);

      awaitStatuses("failed");
      assertThat(attempts()).containsExactly(OutboxWorker.MAX_ATTEMPTS);
    }
  }

  @Test
  void recordingSentFails_afterSlackAcceptedIt_theMessageIsNotPostedAgain() {
    worker.close();
    Outbox faulty = spy(outbox);
    OutboxRepository repository = spy(outbox.repository());
    doReturn(repository).when(faulty).repository();
    doThrow(new IllegalStateException("database is locked")).doCallRealMethod().when(repository).markSent(any());
    worker = startWorker(faulty, new SlackGateway(slack.methods("xoxb-test")));

    faulty.post("T0", "C1", "once", null);

    awaitStatuses("sent");
    verify(repository, times(2)).markSent(any());
    assertThat(fake.calls("chat.postMessage")).extracting(FakeSlackApi.Call::text).containsExactly("once");
  }

  @Test
  void aRefusal_failsAtOnce_andAWithdrawnMessageIsNotSent() {
    fake.failNext("chat.postMessage", 404, 1, Optional.empty());
    outbox.post("T0", "C1", "refused", null);
    awaitStatuses("failed");

    long id = database.jdbi().inTransaction(h -> outbox.enqueue(h, "T0", "C2", "withdrawn", null));
    assertThat(outbox.withdraw(id)).isTrue();
    outbox.post("T0", "C2", "after it", null); // a channel's messages go out oldest first

    awaitStatuses("failed", "sent");
    assertThat(fake.calls("chat.postMessage:failed")).hasSize(1);
    assertThat(fake.calls("chat.postMessage")).extracting(FakeSlackApi.Call::text).containsExactly("after it");
  }

  private List<Integer> attempts() {
    return database.jdbi().withHandle(h -> h.createQuery("select attempts from outbox order by id")
        .mapTo(Integer.class).list());
  }

  private List<String> statuses() {
    return database.jdbi().withHandle(h -> h.createQuery("select status from outbox order by id")
        .mapTo(String.class).list());
  }

  private List<String> lastErrors() {
    return database.jdbi().withHandle(h -> h.createQuery("select last_error from outbox order by id")
        .mapTo(String.class).list());
  }

  private void awaitStatuses(String... expected) {
    Await.until(() -> "statuses " + List.of(expected) + ", not " + statuses(), Duration.ofSeconds(15),
        () -> statuses().equals(List.of(expected)));
    assertThat(statuses()).containsExactly(expected);
  }
}
