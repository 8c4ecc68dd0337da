package nl.samen.workshop;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fifty members click "choose" for the last five seats at the same moment, through the HTTP endpoint. */
class WorkshopConcurrencyTest {
  private static final int MEMBERS = 50;
  private static final int SEATS = 5;
  private static final Pattern WAITING = Pattern.compile("je staat als (\\d+)e op de wachtlijst");

  private TestApp app;
  private final List<String> members = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    app = new TestApp(MutableClock.at(NetworkDayFixture.NOW));
    List<String> channel = new ArrayList<>(List.of(COORDINATOR, FakeSlackApi.BOT_USER));
    for (int i = 1; i <= MEMBERS; i++) {
      String user = String.format("U0M%02d", i);
      app.slack.user(user, "nl-NL");
      members.add(user);
      channel.add(user);
    }
    app.slack.channelMembers(CHANNEL, channel.toArray(String[]::new));
    NetworkDayFixture.networkDay(app);
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity " + SEATS);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  record Timed(String user, SlackClient.Answer answer, long millis) {}

  @Test
  void fiftyMembersChoosingFiveSeatsAtOnce_fillExactlyFive_andWaitInADefiniteOrder_allAnsweredWithinThreeSeconds()
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(MEMBERS);
    CountDownLatch ready = new CountDownLatch(MEMBERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Timed>> futures = new ArrayList<>();
    for (String user : members) {
      futures.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        long started = System.nanoTime();
        SlackClient.Answer answer = app.client().command(user, CHANNEL, "workshop 1 kies 1");
        return new Timed(user, answer, (System.nanoTime() - started) / 1_000_000);
      }));
    }
    ready.await();
    go.countDown();
    List<Timed> results = new ArrayList<>();
    for (Future<Timed> future : futures) {
      results.add(future.get());
    }
    threads.shutdown();

    assertThat(results).allSatisfy(r -> {
      assertThat(r.answer().status()).isEqualTo(200);
      assertThat(r.millis()).as("answer time of %s", r.user()).isLessThan(3000);
    });
    List<String> seated = results.stream().filter(r -> r.answer().visible().contains("Je hebt een plek in *1. Rekenen*"))
        .map(Timed::user).toList();
    Map<Integer, String> waiting = new TreeMap<>();
    for (Timed r : results) {
      Matcher m = WAITING.matcher(r.answer().visible());
      if (m.find()) {
        assertThat(waiting.put(Integer.parseInt(m.group(1)), r.user())).as("place %s given twice", m.group(1)).isNull();
      }
    }
    assertThat(seated).hasSize(SEATS);
    assertThat(waiting.keySet()).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList());

    // What the coordinator sees agrees: the same five seated, the waitlist in the order told.
    String list = app.command(COORDINATOR, "workshops 1").visible();
    assertThat(list).contains("vol · 45 op de wachtlijst");
    seated.forEach(user -> assertThat(list).contains("<@" + user + ">"));
    StringBuilder order = new StringBuilder("Wachtlijst: ");
    waiting.forEach((place, user) -> order.append(place == 1 ? "" : ", ").append(place).append(". <@").append(user).append(">"));
    assertThat(list).contains(order.toString());

    // And the first on the waitlist is the one who gets a freed seat.
    app.command(COORDINATOR, "workshop 1 afmelden 1 <@" + seated.get(0) + "|x>");
    assertThat(app.slack.await("chat.postMessage", c -> waiting.get(1).equals(c.channel())).text())
        .contains("Er is een plek vrijgekomen");
  }
}
