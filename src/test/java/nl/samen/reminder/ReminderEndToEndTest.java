package nl.samen.reminder;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.samen.testing.Await;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole app against the fake Slack: rules in minutes, a meeting a few minutes ahead on the
 * app's clock, restarts across due times, 429 and 500 answers; every reminder arrives once.
 */
class ReminderEndToEndTest {
  static final String NEWCOMER = "U0NEWCOMER";
  @AutoClose
  final TestApp app = TestNetwork.start();

  @BeforeEach
  void networkAnnounced() {
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
  }

  @Test
  void everyReminderArrivesOnce_throughRestarts_429And500() throws Exception {
    assertThat(app.command(COORDINATOR, "herinneringen instellen 3m kanaal, 2m pb, por 1u").visible())
        .contains("3 minuten vooraf: een bericht in het kanaal");
    // Wednesday 25 November 10:30 local (09:30Z); answers close 48 h before, Monday 10:30 local.
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 10:30 at \"Stichtingskantoor\"");
    app.slack.await("chat.postMessage", c -> c.visible().contains("Netwerkoverleg"));
    app.command(MEMBER, "rsvp 1 yes");

    app.slack.failNext("chat.postMessage", 429, 1, Optional.of(Duration.ofSeconds(1)));
    moveClockAndWake("2026-11-23T08:30:00Z"); // the nudge: 1 h before the deadline
    List<FakeSlackApi.Call> nudges = app.slack.awaitCount("chat.postMessage", nudge(), 2);
    assertThat(nudges).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(COORDINATOR, OTHER);
    assertThat(nudges.get(0).visible()).contains("ma 23 november 2026 10:30", "rsvp_yes");
    app.command(OTHER, "rsvp 1 maybe");

    // A 500 may come after Slack posted it: the channel post is not sent again, and that is shown.
    app.slack.failNext("chat.postMessage", 500, 1, Optional.empty());
    moveClockAndWake("2026-11-25T09:27:00Z"); // 3 minutes before: the channel post
    FakeSlackApi.Call post = app.slack.await("chat.postMessage:failed", reminder().and(c -> CHANNEL.equals(c.channel())));
    assertThat(post.visible()).contains("Herinnering", "Netwerkoverleg", "Stichtingskantoor", "10:30", "rsvp_yes");

    app.restartAt(Instant.parse("2026-11-25T09:28:30Z")); // the DMs fell due while the app was down
    List<FakeSlackApi.Call> dms = app.slack.awaitCount("chat.postMessage",
        reminder().and(c -> !CHANNEL.equals(c.channel())), 2);
    assertThat(dms).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(MEMBER, OTHER);
    assertThat(dms).filteredOn(c -> c.channel().equals(MEMBER)).singleElement()
        .satisfies(c -> assertThat(c.text()).startsWith("Reminder: #1"));
    assertThat(dms).filteredOn(c -> c.channel().equals(OTHER)).singleElement()
        .satisfies(c -> assertThat(c.text()).startsWith("Herinnering: #1"));

    app.restart();
    app.timer().wakeAll();
    app.drain(); // the start's run done too: anything sent twice is among the calls now
    assertThat(app.slack.calls("chat.postMessage").stream().filter(reminder().or(nudge())))
        .as("2 nudges and 2 DMs, each once; the channel post that met a 500 not again").hasSize(4);
    assertThat(app.slack.calls("chat.postMessage:failed")).hasSize(2);
    assertThat(app.command(COORDINATOR, "herinneringen").visible())
        .contains("`3m channel` — wo 25 november 2026 10:27 — verstuurd (1)",
            "`2m dm` — wo 25 november 2026 10:28 — verstuurd (2)",
            "`nudge 1h` — ma 23 november 2026 09:30 — verstuurd (2)",
            "Herinneringen die niet aankwamen (1)",
            "#1 `3m channel` <#C0NETWERK> · wo 25 november 2026 10:27 — niet zeker of dit aankwam");
  }

  @Test
  void theTimerWakesTheSender_atTheDueMoment_byItself() throws Exception {
    app.command(COORDINATOR, "reminders set 1m channel");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 12:00"); // 11:00Z, due 10:59Z
    app.slack.await("chat.postMessage", c -> c.visible().contains("Netwerkoverleg"));
    Instant start = Instant.parse("2026-11-25T10:58:57Z"); // three seconds before the due moment
    app.clock.set(start);
    app.clock.run(); // from here on the clock runs with real time, and the timer looks at it by itself
    app.command(COORDINATOR, "reminders set 1m channel"); // a change: the job looks and sets its alarm

    FakeSlackApi.Call post = app.slack.await("chat.postMessage", reminder());
    assertThat(Duration.between(start, app.clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(post.channel()).isEqualTo(CHANNEL);
  }

  @Test
  void aReminderSlackRefuses_isShownToCoordinators_only() {
    app.command(COORDINATOR, "reminders set 10m dm");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 12:00");
    app.slack.await("chat.postMessage", c -> c.visible().contains("Netwerkoverleg"));
    app.command(MEMBER, "rsvp 1 yes");
    app.slack.failNext("chat.postMessage", 404, 1, Optional.empty());

    moveClockAndWake("2026-11-25T10:50:00Z");
    app.slack.await("chat.postMessage:failed", c -> MEMBER.equals(c.channel()));

    Await.until("the undelivered reminder listed", Duration.ofSeconds(10),
        () -> app.command(COORDINATOR, "reminders").visible().contains("<@U0MEMBER>"));
    assertThat(app.command(COORDINATOR, "reminders").visible())
        .contains("Herinneringen die niet aankwamen (1)", "#1 `10m dm` <@U0MEMBER>", "HTTP 404");
    assertThat(app.command(MEMBER, "reminders").visible())
        .contains("`10m dm`").doesNotContain("did not arrive");
  }

  @Test
  void aNewMember_getsTheNudgesStillToCome() throws Exception {
    app.command(COORDINATOR, "reminders set nudge 1h");
    app.command(COORDINATOR, "meeting new \"Eerste\" 2026-11-25 10:30");
    app.command(COORDINATOR, "meeting new \"Tweede\" 2026-11-25 10:32");
    moveClockAndWake("2026-11-23T08:30:00Z");
    app.slack.awaitCount("chat.postMessage", nudge(), 3);

    app.slack.user(NEWCOMER, "en-GB");
    app.slack.channelMembers(CHANNEL, COORDINATOR, MEMBER, OTHER, NEWCOMER, FakeSlackApi.BOT_USER);
    assertThat(memberJoined(NEWCOMER)).isEqualTo(200);
    assertThat(memberJoined(NEWCOMER)).as("Slack may deliver an event twice").isEqualTo(200);
    moveClockAndWake("2026-11-23T08:32:00Z");

    app.slack.awaitCount("chat.postMessage", nudge(), 3 + 4);
    app.drain();
    assertThat(app.slack.calls("chat.postMessage").stream().filter(nudge().and(c -> NEWCOMER.equals(c.channel()))))
        .singleElement().satisfies(c -> assertThat(c.text()).contains("#2", "Tweede"));
  }

  @Test
  void muting_stopsOnesOwnDms_notTheChannelPost() {
    app.command(COORDINATOR, "reminders set 10m channel, 10m dm");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 12:00");
    app.command(MEMBER, "rsvp 1 yes");
    app.command(OTHER, "rsvp 1 yes");
    assertThat(app.command(MEMBER, "reminders me off").visible()).contains("no reminder or nudge DMs");

    moveClockAndWake("2026-11-25T10:50:00Z");
    app.slack.awaitCount("chat.postMessage", reminder(), 2);
    app.drain();

    assertThat(app.slack.calls("chat.postMessage").stream().filter(reminder()).map(FakeSlackApi.Call::channel))
        .containsExactlyInAnyOrder(CHANNEL, OTHER);
    assertThat(app.command(MEMBER, "reminders").visible()).contains("You have muted");
  }

  @Test
  void badRules_getAClearAnswer_andChangeNothing() {
    assertThat(app.command(COORDINATOR, "reminders set 7d channel, nudge 30m").visible())
        .contains("`nudge 30m`", "dagen of uren", "Er is niets veranderd");
    assertThat(app.command(COORDINATOR, "reminders set 7 days channel").visible()).contains("geen herinneringsregel");
    assertThat(app.command(MEMBER, "reminders set 1d dm").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "reminders").visible())
        .contains("7 days before: a post in the channel", "default rules");
    assertThat(app.command(MEMBER, "help reminders").visible()).contains("reminders me off|on");
  }

  private void moveClockAndWake(String instant) {
    app.clock.set(Instant.parse(instant));
    app.timer().settle();
  }

  private static Predicate<FakeSlackApi.Call> reminder() {
    return c -> c.text() != null && (c.text().startsWith("Reminder: #") || c.text().startsWith("Herinnering: #"));
  }

  private static Predicate<FakeSlackApi.Call> nudge() {
    return c -> c.text() != null && (c.text().startsWith("Will you come to #") || c.text().startsWith("Kom je naar #"));
  }

  /** Slack's member_joined_channel event, signed as Slack signs it. */
  private int memberJoined(String user) throws Exception {
    JsonObject event = new JsonObject();
    event.addProperty("type", "member_joined_channel");
    event.addProperty("user", user);
    event.addProperty("channel", CHANNEL);
    event.addProperty("channel_type", "C");
    event.addProperty("team", FakeSlackApi.TEAM);
    event.addProperty("event_ts", "1700000000.000300");
    JsonObject body = new JsonObject();
    body.addProperty("token", "legacy-token");
    body.addProperty("team_id", FakeSlackApi.TEAM);
    body.addProperty("api_app_id", "A0SAMEN");
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", "Ev0JOIN");
    body.addProperty("event_time", 1700000000);
    String json = body.toString();
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/slack/events"))
        .header("Content-Type", "application/json")
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", new SlackSignature.Generator(TestApp.SIGNING_SECRET).generate(timestamp, json))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
