package nl.samen.slack.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.samen.slack.SlackGateway;
import nl.samen.storage.Database;
import nl.samen.testing.FakeSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against the fake Slack: pace per channel, channels in parallel, 429, 5xx, refusals. */
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
    worker = new OutboxWorker(outbox, new SlackGateway(slack.methods("xoxb-test")), Clock.systemUTC(),
        Duration.ofMillis(10));
    worker.start();
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
  void serverErrors_areRetriedWithBackoff_andFinallyMarkedFailed() {
    fake.failNext("chat.postMessage", 500, 2, Optional.empty());
    outbox.post("T0", "C1", "comes through", null);
    fake.await("chat.postMessage", call -> "comes through".equals(call.text()));

    fake.failNext("chat.postMessage", 503, OutboxWorker.MAX_ATTEMPTS, Optional.empty());
    outbox.post("T0", "C2", "never", null);

    awaitStatuses("sent", "failed");
    assertThat(fake.calls("chat.postMessage").stream().map(FakeSlackApi.Call::text)).containsExactly("comes through");
    assertThat(lastErrors()).contains("chat.postMessage answered HTTP 503");
  }

  @Test
  void aRefusal_failsAtOnce_andAWithdrawnMessageIsNotSent() throws Exception {
    fake.failNext("chat.postMessage", 404, 1, Optional.empty());
    outbox.post("T0", "C1", "refused", null);
    awaitStatuses("failed");

    long id = database.jdbi().inTransaction(h -> outbox.enqueue(h, "T0", "C2", "withdrawn", null));
    assertThat(outbox.withdraw(id)).isTrue();
    outbox.wake();
    Thread.sleep(200);

    assertThat(fake.calls("chat.postMessage:failed")).hasSize(1);
    assertThat(fake.calls("chat.postMessage")).isEmpty();
    assertThat(statuses()).containsExactly("failed");
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
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!statuses().equals(List.of(expected)) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(statuses()).containsExactly(expected);
  }
}
