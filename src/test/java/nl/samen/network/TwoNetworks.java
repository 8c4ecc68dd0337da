package nl.samen.network;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;

/**
 * The walls' test bed: network A in the usual public channel, network B in a private channel with a
 * network day (a workshop, agenda items, an answer, a plan), and a workspace user in neither.
 */
final class TwoNetworks implements AutoCloseable {
  static final String PRIVATE = "G0DIRECTIE";
  static final String NOWHERE = "C0NOWHERE";
  static final String DM = "D0OUTSIDER";
  static final String B_COORD = "U0BCOORD";
  static final String B_MEMBER = "U0BMEMBER";
  static final String OUTSIDER = "U0OUTSIDER";
  static final long A_MEETING = 1;
  static final long B_DAY = 2;
  static final long UNKNOWN = 99;

  final TestApp app;

  TwoNetworks() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of(), slack -> {
      slack.user(B_COORD, "nl-NL");
      slack.user(B_MEMBER, "en-US");
      slack.user(OUTSIDER, "en-US");
      slack.channelMembers(PRIVATE, B_COORD, B_MEMBER, FakeSlackApi.BOT_USER);
    });
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "meeting new \"IB-overleg\" 2026-12-03 09:30-12:00");
    in(PRIVATE, B_COORD, "setup \"Directeuren\"");
    in(PRIVATE, B_COORD, "meeting new \"Geheime netwerkdag\" 2026-12-10 09:00-15:00 at \"Kasteel\" networkday");
    in(PRIVATE, B_COORD, "workshop 2 add \"Leiderschap\" capacity 1");
    in(PRIVATE, B_COORD, "agenda 2 add \"Begroting\"");
    in(PRIVATE, B_MEMBER, "agenda 2 propose \"Fusie\"");
    in(PRIVATE, B_COORD, "plan goal add \"Kwaliteit\"");
    in(PRIVATE, B_COORD, "plan activity add 1 \"Audit\"");
    assertThat(in(PRIVATE, B_MEMBER, "rsvp 2 maybe").visible()).contains("Your answer *maybe*");
    settle();
  }

  SlackClient.Answer in(String channel, String user, String text) {
    return app.client().command(user, channel, text);
  }

  /** The command about meeting {@code id} answers exactly as the same command about a number that does not exist. */
  void answersAsUnknown(String user, String channel, String command, long id) {
    String unknown = in(channel, user, command.formatted(UNKNOWN)).visible();
    String real = in(channel, user, command.formatted(id)).visible();
    assertThat(unknown).as(command).containsAnyOf("no meeting #" + UNKNOWN, "geen bijeenkomst #" + UNKNOWN);
    assertThat(real).as(command).isEqualTo(same(unknown, id));
  }

  /** The command in B's channel answers exactly as in a channel that is no network. */
  void answersAsNoNetwork(String user, String command) {
    String nowhere = in(NOWHERE, user, command).visible();
    assertThat(nowhere).as(command).contains("not a network");
    assertThat(in(PRIVATE, user, command).visible()).as(command).isEqualTo(nowhere);
  }

  /** What the clicker is told (on the message's response_url) after clicking a button. */
  String click(String user, String channel, String actionId, String value) {
    int before = app.slack.calls("response_url").size();
    assertThat(app.client().click(user, channel, actionId, value).status()).isEqualTo(200);
    return app.slack.awaitCount("response_url", c -> true, before + 1).get(before).text();
  }

  static String same(String unknownAnswer, long id) {
    return unknownAnswer.replace(Long.toString(UNKNOWN), Long.toString(id));
  }

  /** Rows per table: what was stored, to compare before and after. */
  Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection db = app.db().connect()) {
      for (String table : app.db().tables()) {
        try (ResultSet rs = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Waits until what the set-up sent has left the outbox, then forgets the recorded calls. */
  void settle() throws Exception {
    app.slack.await("chat.postMessage", c -> PRIVATE.equals(c.channel()) && c.visible().contains("Geheime"));
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.visible().contains("IB-overleg"));
    app.slack.await("chat.postMessage", c -> c.visible().contains("Fusie"));
    Await.until("the outbox emptied", Duration.ofSeconds(10), () -> {
      try {
        return pendingInOutbox() == 0;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    app.slack.clear();
  }

  private long pendingInOutbox() throws SQLException {
    try (Connection db = app.db().connect();
        ResultSet rs = db.createStatement().executeQuery("select count(*) from outbox where status in ('pending', 'sending')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
