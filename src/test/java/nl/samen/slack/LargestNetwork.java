package nl.samen.slack;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.ModalValues;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;

/**
 * The largest realistic network, built and used through signed requests as people would: 60
 * members, 40 agenda items, 30 workshops in three rounds, 40 plan activities, every text at its cap.
 */
final class LargestNetwork implements AutoCloseable {
  static final int MEMBERS = 60;
  final List<String> members = new ArrayList<>();
  /** The acknowledgements of commands and clicks: ephemeral replies that never pass the fake Web API. */
  final List<SlackClient.Answer> acks = new ArrayList<>();
  final TestApp app;

  LargestNetwork() throws Exception {
    for (int i = 1; i <= MEMBERS; i++) {
      members.add(String.format("U0M%02d", i));
    }
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of(), fake -> {
      List<String> all = new ArrayList<>(members);
      all.add(COORDINATOR);
      all.add(FakeSlackApi.BOT_USER);
      fake.channelMembers(CHANNEL, all.toArray(String[]::new));
      for (int i = 0; i < members.size(); i++) {
        fake.user(members.get(i), i % 2 == 0 ? "nl-NL" : "en-US");
      }
    });
  }

  void buildTheNetwork() {
    ok(COORDINATOR, "setup \"" + text("Netwerk", 100) + "\" required");
    for (int i = 0; i < members.size(); i++) {
      ok(members.get(i), "school \"" + text("School " + i, 100) + "\"");
      ok(members.get(i), "focus add \"" + text("Speerpunt " + (i % 20), 100) + "\"");
    }
    ok(COORDINATOR, "coordinator add " + mention(members.get(0)));
    ok(COORDINATOR, "meeting new \"" + text("Netwerkdag", 150) + "\" 2026-12-03 09:30-15:00 at \""
        + text("Plaats", 200) + "\" networkday");
    ok(COORDINATOR, "meeting new \"" + text("Overleg", 150) + "\" 2027-01-07 09:30-11:00 at \""
        + text("Plaats", 200) + "\" repeat every 1 weeks until 2027-06-01");
    for (int i = 1; i <= 40; i++) {
      ok(COORDINATOR, "agenda 1 add \"" + text("Punt " + i, 150) + "\" 15m plenary " + mention(members.get(i)));
    }
    for (int i = 1; i <= 10; i++) {
      ok(members.get(i), "agenda 2 propose \"" + text("Voorstel " + i, 150) + "\"");
    }
    for (int i = 1; i <= 30; i++) {
      ok(COORDINATOR, "workshop 1 add \"" + text("Workshop " + i, 100) + "\" capacity 2 round " + ((i - 1) / 10 + 1)
          + " host " + mention(members.get(i)) + " room \"" + text("Lokaal " + i, 200) + "\"");
    }
    for (int i = 0; i < 55; i++) { // the last five do not answer: they get nudged
      ok(members.get(i), "workshop 1 choose " + (i % 10 + 1));
      ok(members.get(i), "workshop 1 choose " + (i % 10 + 11));
    }
    for (int g = 1; g <= 4; g++) {
      ok(COORDINATOR, "plan goal add \"" + text("Doel " + g, 150) + "\"");
    }
    for (int a = 1; a <= 40; a++) {
      ok(COORDINATOR, "plan activity add " + ((a - 1) / 10 + 1) + " \"" + text("Activiteit " + a, 150)
          + "\" due 2027-03-01 meeting 1 owner " + mention(members.get(a)));
      ok(COORDINATOR, "plan progress " + a + " 50% \"" + text("Notitie " + a, 1000) + "\"");
      ok(COORDINATOR, "plan outcome " + a + " \"" + text("Opbrengst " + a, 1000) + "\"");
    }
    for (String more : List.of("B", "C", "D", "E")) { // one activity with many long outcomes
      ok(COORDINATOR, "plan outcome 1 \"" + text("Opbrengst 1" + more, 1000) + "\"");
    }
    ok(COORDINATOR, "plan budget set 5000");
    for (int i = 1; i <= 10; i++) {
      ok(COORDINATOR, "plan budget spend 120 \"" + text("Uitgave " + i, 200) + "\"");
    }
    ok(COORDINATOR, "reminders set 7d channel, 1d dm, 2h dm, nudge 1d");
    for (int i = 0; i < 40; i++) {
      ok(members.get(i), "rsvp 1 no \"" + text("Reden " + i, 500) + "\"");
      ok(members.get(i), "rsvp 2 maybe \"" + text("Misschien " + i, 500) + "\"");
    }
    for (int i = 0; i < 10; i++) { // they hear of the move and the cancellation
      ok(members.get(i), "rsvp 3 maybe \"" + text("Later " + i, 500) + "\"");
      ok(members.get(i), "rsvp 4 yes");
    }
    for (int i = 40; i < 55; i++) {
      ok(members.get(i), "rsvp 1 yes");
      ok(members.get(i), "rsvp 2 yes \"" + text("Graag " + i, 500) + "\"");
    }
  }

  void useEveryCommand() {
    for (String user : List.of(COORDINATOR, members.get(1), members.get(58))) {
      for (String command : List.of("help", "help plan", "members", "meetings", "meeting 1", "meeting 2", "rsvp 1",
          "rsvp 2", "agenda 1", "agenda 2", "workshops 1", "plan", "focus", "reminders", "calendar")) {
        ok(user, command);
      }
    }
    ok(COORDINATOR, "agenda 1 post");
    ok(COORDINATOR, "agenda 2 post");
    ok(COORDINATOR, "agenda 2 accept 1");
    ok(COORDINATOR, "meeting 3 move 2027-01-15 10:00-12:00");
    ok(COORDINATOR, "meeting 4 cancel \"" + text("Afgelast", 500) + "\"");
    ok(COORDINATOR, "workshop 1 ranking open");
    ok(members.get(59), "workshop 1 rank 1 1 2 3");
  }

  void openEveryModalAndHome() {
    acks.add(app.command(COORDINATOR, "meeting new"));
    app.slack.await("views.open", c -> c.param("view").contains("meeting_new"));
    acks.add(app.client().click(members.get(59), CHANNEL, "rsvp_no", "1"));
    app.slack.await("views.open", c -> c.param("view").contains("rsvp_reason"));
    acks.add(app.client().submit(members.get(59), "rsvp_reason", "1", ModalValues.reason(text("Modal", 500))));
    acks.add(app.client().click(members.get(58), CHANNEL, "workshop_open", "1"));
    app.slack.await("views.open", c -> c.param("view").contains("workshop_choose"));
    acks.add(app.client().click(members.get(57), CHANNEL, "rsvp_yes", "2"));
    app.client().homeOpened(COORDINATOR, "EvHome1");
    app.client().homeOpened(members.get(1), "EvHome2");
    app.client().homeOpened(members.get(45), "EvHome3");
    app.slack.awaitCount("views.publish", c -> true, 3);
  }

  void moveTheClockThroughRemindersAndNudges() {
    // Network day Thursday 3 December 09:30 Amsterdam; answers close 48 h before.
    for (String at : List.of("2026-11-26T08:30:00Z", "2026-11-30T08:30:00Z", "2026-12-02T08:30:00Z",
        "2026-12-03T06:30:00Z")) {
      app.clock.set(Instant.parse(at));
      app.timer().settle();
    }
    app.clock.set(Instant.parse("2026-12-03T15:00:00Z"));
    ok(COORDINATOR, "attendance 1");
    ok(COORDINATOR, "attendance 1 absent " + mention(members.get(41)));
    app.client().homeOpened(COORDINATOR, "EvHome4");
  }

  /** Waits until the outbox has handed every message to the fake Slack (its own state, not a sleep). */
  void awaitOutboxDelivered() throws Exception {
    try (var db = app.db().connect();
        var query = db.prepareStatement("select count(*) from outbox where status in ('pending', 'sending')")) {
      Await.until("the outbox emptied", Duration.ofSeconds(90), () -> {
        try (var rows = query.executeQuery()) {
          rows.next();
          return rows.getInt(1) == 0;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  private void ok(String user, String command) {
    SlackClient.Answer answer = app.command(user, command);
    acks.add(answer);
    assertThat(answer.status()).as(command).isEqualTo(200);
  }

  private static String mention(String user) {
    return "<@" + user + "|" + user.toLowerCase() + ">";
  }

  /** A realistic text of exactly {@code length} characters, with the odd character mrkdwn escapes. */
  static String text(String start, int length) {
    StringBuilder text = new StringBuilder(start);
    String[] words = {" over", " R&D", " leerlingen", " <groep 8>", " rekenen", " samenwerking", " ouders"};
    for (int i = 0; text.length() < length; i++) {
      text.append(words[i % words.length]);
    }
    return text.substring(0, length).strip() + "x".repeat(length - text.substring(0, length).strip().length());
  }

  @Override
  public void close() {
    app.close();
  }
}
