package nl.samen.slack.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samen.slack.SlackGateway;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseTarget;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two outbox workers of two instances on one PostgreSQL database: each message goes out once, and
 * Slack's pace per channel holds across them; what a dead instance had claimed is taken over.
 */
class SharedOutboxTest {
  private final List<AutoCloseable> open = new ArrayList<>();
  private FakeSlackApi fake;
  private SlackGateway gateway;
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlackApi();
    open.add(fake);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    Slack slack = Slack.getInstance(config);
    open.add(0, slack);
    gateway = new SlackGateway(slack.methods("xoxb-test"));
    env = TestDatabase.freshPostgres();
  }

  /** One instance's database pool and outbox, as a separate process has them. */
  private Outbox instance() {
    Database database = Database.open(new DatabaseTarget.Postgres(env.get("SAMEN_DATABASE_URL"),
        env.get("SAMEN_DATABASE_USER"), env.get("SAMEN_DATABASE_PASSWORD"), 10));
    open.add(0, database);
    return new Outbox(database.jdbi(), Clock.systemUTC());
  }

  private void startWorker(Outbox outbox) {
    OutboxWorker worker = OutboxWorker.shared(outbox, gateway, Clock.systemUTC());
    worker.start();
    open.add(0, worker);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable part : open) {
      part.close();
    }
  }

  @Test
  void twoWorkersOnOneDatabase_sendEachMessageOnce_inOrder_atSlacksPacePerChannel() {
    fake.limitPostsPerChannel(Duration.ofSeconds(1));
    Outbox first = instance();
    Outbox second = instance();
    startWorker(first);
    startWorker(second);
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 20; c++) {
        (c % 2 == 0 ? first : second).post("T0", "C" + c, "message " + i, null);
      }
    }

    List<FakeSlackApi.Call> posts = fake.awaitCount("chat.postMessage", call -> true, 60);
    Await.until("every message recorded sent", Duration.ofSeconds(20), () -> statuses(first).equals(List.of("sent")));

    assertThat(fake.calls("chat.postMessage:ratelimited")).as("the pace held across both workers").isEmpty();
    assertThat(posts).extracting(p -> p.channel() + ":" + p.text()).doesNotHaveDuplicates().hasSize(60);
    assertThat(posts.stream().filter(p -> p.channel().equals("C7")).map(FakeSlackApi.Call::text))
        .containsExactly("message 0", "message 1", "message 2");
    int claimants = first.repository().jdbi().withHandle(h -> h.createQuery(
        "select count(distinct claimed_by) from outbox").mapTo(Integer.class).one());
    assertThat(claimants).as("both took part").isEqualTo(2);
  }

  @Test
  void claimsOfAnInstanceThatDied_areQueuedAgain_unlessTheirSendHadBegun() {
    Outbox outbox = instance();
    outbox.post("T0", "C1", "claimed, never sent", null);
    outbox.post("T0", "C2", "perhaps at Slack", null);
    Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
    outbox.repository().jdbi().useHandle(h -> {
      h.createUpdate("update outbox set status = 'sending', claimed_by = 'dead', claimed_at = :at").bind("at", longAgo)
          .execute();
      h.createUpdate("update outbox set handed_at = :at where text = 'perhaps at Slack'").bind("at", longAgo).execute();
    });

    startWorker(instance());

    fake.await("chat.postMessage", c -> "claimed, never sent".equals(c.text()));
    Await.until("the handed one recorded unknown", Duration.ofSeconds(20),
        () -> statuses(outbox).equals(List.of("sent", "unknown")));
    assertThat(fake.calls("chat.postMessage")).extracting(FakeSlackApi.Call::text).containsExactly("claimed, never sent");
  }

  private static List<String> statuses(Outbox outbox) {
    return outbox.repository().jdbi().withHandle(h -> h.createQuery(
        "select distinct status from outbox order by status").mapTo(String.class).list());
  }
}
