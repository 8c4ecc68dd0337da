package nl.samen.app;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.AppProcess;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three Samen processes on one PostgreSQL and one fake Slack (issue 13, point 2): commands spread
 * over them, then a burst of 300 channel reminders over 30 channels during which the instance
 * running the reminders is killed (SIGKILL). Every message arrives exactly once, at Slack's pace.
 */
class ClusterTest {
  private static final int CHANNELS = 30;
  private static final int PER_CHANNEL = 10;
  private static final Pattern MEETING = Pattern.compile("^Herinnering: #(\\d+)");

  private FakeSlackApi slack;
  private final Map<String, AppProcess> instances = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();
  private Jdbi database;

  @BeforeEach
  void start() throws Exception {
    slack = TestApp.workspace(new FakeSlackApi());
    env.putAll(TestDatabase.freshPostgres());
    env.put("SAMEN_CLUSTER_CHECKIN", "1s"); // a dead instance's work is taken over within seconds
    env.put("SLACK_TIMEOUT", "30s");
    database = Jdbi.create(env.get("SAMEN_DATABASE_URL"), env.get("SAMEN_DATABASE_USER"),
        env.get("SAMEN_DATABASE_PASSWORD"));
  }

  @AfterEach
  void stop() throws Exception {
    for (AppProcess instance : instances.values()) {
      instance.close();
    }
    slack.close();
  }

  @Test
  void threeInstances_oneKilledDuringAReminderBurst_everyMessageArrivesOnce_atSlacksPace() throws Exception {
    startInstances("samen-1", "samen-2", "samen-3");
    Await.until("each instance sees all three", Duration.ofSeconds(20), () -> instances.keySet().stream()
        .allMatch(id -> health(id).contains("\"instances\":[\"samen-1\",\"samen-2\",\"samen-3\"]")));
    assertThat(health("samen-2")).contains("\"status\":\"ok\"", "\"instance\":\"samen-2\"");

    assertThat(client("samen-1").command(COORDINATOR, CHANNEL, "setup \"IB-netwerk\"").status()).isEqualTo(200);
    assertThat(client("samen-2").command(COORDINATOR, CHANNEL, "meeting new \"Overleg\" 2027-03-10 10:00-12:00")
        .visible()).contains("Overleg");
    assertThat(client("samen-3").command(MEMBER, CHANNEL, "rsvp 1 yes").visible()).contains("*yes*");
    assertThat(client("samen-1").command(OTHER, CHANNEL, "rsvp 1 ja").visible()).contains("*ja*");

    slack.limitPostsPerChannel(Duration.ofSeconds(1));
    ClusterSeed.seed(database, CHANNELS, PER_CHANNEL, Instant.now().plusSeconds(5), Duration.ofSeconds(10));
    // A new meeting wakes the reminders, which plan again from the tables: the burst is due.
    client("samen-3").command(COORDINATOR, CHANNEL, "meeting new \"Later\" 2027-04-07 10:00-12:00");
    Await.until("a third of the burst delivered", Duration.ofSeconds(60), () -> reminders().size() >= 100);

    // The kill comes while messages are on their way. A message whose request had not left the
    // dying process when it died cannot be told from one Slack got: Samen records it unknown and
    // never sends it twice. To count 0 lost exactly, Slack holds its answers until every send that
    // began is with Slack; what the victim had claimed but not begun goes to the others.
    slack.delay("chat.postMessage", c -> true, Duration.ofSeconds(60));
    Await.until("every send begun is with Slack", Duration.ofSeconds(20), this::everySendBegunIsWithSlack);
    String victim = runningTheReminders().orElse("samen-2");
    int queuedBeforeTheKill = queuedReminders();
    instances.remove(victim).kill();
    slack.noDelays();
    assertThat(queuedBeforeTheKill).as("reminders still due after the kill: the others' Quartz wakes them")
        .isLessThan(CHANNELS * PER_CHANNEL);

    Await.until(() -> "all " + CHANNELS * PER_CHANNEL + " reminders delivered; got " + distinct(reminders()),
        Duration.ofSeconds(90), () -> distinct(reminders()) == CHANNELS * PER_CHANNEL);
    Await.until("nothing left to send", Duration.ofSeconds(30), this::nothingLeftToSend);
    String survivor = instances.keySet().iterator().next();
    Await.until("the victim no longer listed", Duration.ofSeconds(30),
        () -> !health(survivor).contains(victim) && health(survivor).contains("\"status\":\"ok\""));

    assertThat(reminders()).as("none twice").hasSize(CHANNELS * PER_CHANNEL);
    assertThat(slack.calls("chat.postMessage")).filteredOn(c -> CHANNEL.equals(c.channel()))
        .extracting(FakeSlackApi.Call::text).filteredOn(t -> t.startsWith("Nieuwe bijeenkomst"))
        .as("each announcement once").hasSize(2);
    assertThat(slack.calls("chat.postMessage:ratelimited")).as("Slack's pace held across the instances").isEmpty();
  }

  private void startInstances(String... ids) throws Exception {
    Path unused = Files.createTempDirectory("samen-cluster").resolve("unused.db"); // PostgreSQL instead
    List<CompletableFuture<AppProcess>> starting = new ArrayList<>();
    for (String id : ids) {
      Map<String, String> own = new HashMap<>(env);
      own.put("SAMEN_INSTANCE_ID", id);
      starting.add(CompletableFuture.supplyAsync(() -> {
        try {
          return AppProcess.start(slack, unused, own);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (int i = 0; i < ids.length; i++) {
      instances.put(ids[i], starting.get(i).join());
    }
  }

  private SlackClient client(String id) {
    return instances.get(id).client(slack);
  }

  private String health(String id) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instances.get(id).baseUrl()
          + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      return "unreachable: " + e;
    }
  }

  private List<String> reminders() {
    List<String> keys = new ArrayList<>();
    for (FakeSlackApi.Call call : slack.calls("chat.postMessage")) {
      Matcher m = call.text() == null ? null : MEETING.matcher(call.text());
      if (m != null && m.find()) {
        keys.add(call.channel() + "/" + m.group(1));
      }
    }
    return keys;
  }

  private static long distinct(List<String> keys) {
    return keys.stream().distinct().count();
  }

  private boolean everySendBegunIsWithSlack() {
    List<String> atSlack = slack.calls("chat.postMessage").stream().map(c -> c.channel() + "\n" + c.text()).toList();
    return database.withHandle(h -> h.createQuery(
            "select channel_id, text from outbox where status = 'sending' and handed_at is not null")
        .map((rs, ctx) -> rs.getString(1) + "\n" + rs.getString(2)).list()).stream().allMatch(atSlack::contains);
  }

  /** The instance whose Quartz holds the reminders' wake-up or runs it now, if one does. */
  private java.util.Optional<String> runningTheReminders() {
    return database.withHandle(h -> h.createQuery(
            "select instance_name from qrtz_fired_triggers where job_name = 'reminders' limit 1")
        .mapTo(String.class).findOne());
  }

  private int queuedReminders() {
    return database.withHandle(h -> h.createQuery("select count(*) from outbox where text like 'Herinnering: #%'")
        .mapTo(Integer.class).one());
  }

  /** No message waits or is claimed without its send begun: nothing more can reach Slack. */
  private boolean nothingLeftToSend() {
    return database.withHandle(h -> h.createQuery("""
            select count(*) from outbox where status = 'pending' or (status = 'sending' and handed_at is null)
            """).mapTo(Integer.class).one()) == 0;
  }
}
