package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The largest realistic network, every text at its cap: 60 members, 40 agenda items, 30 workshops in
 * three rounds, 40 plan activities, 40 absentees with long reasons in a required network. Every
 * command, button, modal, reminder and App Home is used, and everything Samen sent is checked
 * against Slack's Block Kit limits, block by block: real Slack would refuse a message or view whole.
 */
class LargestNetworkLimitsEndToEndTest {
  private LargestNetwork network;
  /** What the last line of defence said: it must have had nothing to cut, every view paged itself. */
  private final ListAppender<ILoggingEvent> cuts = new ListAppender<>();
  private final Logger limitsLog = (Logger) LoggerFactory.getLogger(BlockLimits.class);

  @AfterEach
  void stop() {
    limitsLog.detachAppender(cuts);
    if (network != null) {
      network.close();
    }
  }

  @Test
  void everyMessageAndViewOfTheLargestNetwork_staysWithinSlacksLimits() throws Exception {
    cuts.start();
    limitsLog.addAppender(cuts);
    network = new LargestNetwork();
    TestApp app = network.app;
    List<SlackClient.Answer> acks = network.acks;

    network.buildTheNetwork();
    network.useEveryCommand();
    network.openEveryModalAndHome();
    network.moveTheClockThroughRemindersAndNudges();
    network.awaitOutboxDelivered();

    List<String> problems = new ArrayList<>();
    List<FakeSlackApi.Call> calls = app.slack.calls();
    for (FakeSlackApi.Call call : calls) {
      BlockKitLimits.problems(call).forEach(p -> problems.add(call.method() + " to " + call.channel() + ": " + p));
    }
    for (SlackClient.Answer ack : acks) {
      assertThat(ack.status()).isEqualTo(200);
      BlockKitLimits.ackProblems(ack.body()).forEach(p -> problems.add("ack: " + p));
    }
    assertThat(problems).isEmpty();
    assertThat(cuts.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    // It really was the big network: long lists were there to be split.
    assertThat(count(calls, "chat.postMessage")).isGreaterThan(LargestNetwork.MEMBERS);
    assertThat(count(calls, "views.open")).isGreaterThanOrEqualTo(3);
    assertThat(count(calls, "views.publish")).isGreaterThanOrEqualTo(4);
    assertThat(calls).filteredOn(c -> c.method().equals("chat.postMessage") && network.members.contains(c.channel()))
        .extracting(FakeSlackApi.Call::text)
        .anySatisfy(t -> assertThat(t).containsAnyOf("Kom je naar #1", "Will you come to #1"))
        .anySatisfy(t -> assertThat(t).containsAnyOf("Herinnering: #1", "Reminder: #1"))
        .anySatisfy(t -> assertThat(t).containsAnyOf("Meeting #3", "Bijeenkomst #3"))
        .anySatisfy(t -> assertThat(t).contains("#4"));
    // Nothing was cut to fit: the coordinator sees all forty reasons, the posted agenda all forty items.
    assertThat(app.slack.calls("response_url").stream()
        .filter(c -> c.visible().contains("Reden 0 ") && c.visible().contains("Reden 39 "))).isNotEmpty();
    assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> c.visible().contains("Punt 40 ")))
        .isNotEmpty();
    assertThat(acks).anySatisfy(a -> assertThat(a.body()).contains("Opbrengst 1B", "Opbrengst 1E", "Opbrengst 40 "));
    // The list of meetings stops at 20 and says where the rest is.
    assertThat(acks).anySatisfy(a -> assertThat(a.body()).contains("2 more meetings; `/samen meeting 21`"));
    try (var db = app.db().connect();
        var rows = db.createStatement().executeQuery("select count(*) from outbox where status = 'failed'")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }

  private static long count(List<FakeSlackApi.Call> calls, String method) {
    return calls.stream().filter(c -> c.method().equals(method)).count();
  }
}
