package nl.samen.agenda;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's own open action items on their App Home (with the done button) and in their meeting
 * reminder DMs; the network's open ones in the channel's reminder, as on the agenda. Agreed on at network day #1 (3 December 2026); meeting #2 is on 10 December, 14:00.
 */
class OwnActionsEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void actionsForTheMemberAndTheOther() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 1 add \"Rooster\"");
    app.clock.set(Instant.parse("2026-12-03T09:00:00Z"));
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-05");
    app.command(COORDINATOR, "action add 1 1 \"Lokaal <b>boeken</b>\" owner <@U0MEMBER|m> due 2026-12-20");
    app.command(COORDINATOR, "action add 1 1 \"Koffie regelen\" owner <@U0OTHER|o> due 2026-12-12");
  }

  @Test
  void theHomeListsOnlyMyOpenActions_overdueMarked_eachWithTheDoneButton() {
    app.clock.set(Instant.parse("2026-12-07T09:00:00Z"));

    app.client().homeOpened(MEMBER, "Ev1");

    JsonObject view = publishedView(MEMBER, 1);
    assertThat(texts(view)).contains("Your open action items", "*1.* Rooster delen — due Sat 5 December 2026 *(overdue)*",
        "*2.* Lokaal &lt;b&gt;boeken&lt;/b&gt; — due Sun 20 December 2026 · _IB-netwerk Noord_")
        .doesNotContain("Koffie regelen");
    assertThat(accessoryButtons(view)).containsExactly("agenda_action_done=1:1", "agenda_action_done=1:2");
    assertThat(BlockKitLimits.problems(app.slack.awaitCount("views.publish", c -> true, 1).get(0))).isEmpty();
  }

  @Test
  void theDoneButtonInTheHome_closesTheAction_andTheHomeAndTheNextPostedAgendaNoLongerListIt() {
    app.command(COORDINATOR, "agenda 2 add \"Terugblik\"");
    app.command(COORDINATOR, "agenda 2 post");
    var post = app.slack.await("chat.postMessage", c -> c.text().contains("Agenda van #2"));
    assertThat(post.param("blocks")).contains("Rooster delen");
    app.client().homeOpened(MEMBER, "Ev2");
    assertThat(texts(publishedView(MEMBER, 1))).contains("Rooster delen");

    assertThat(app.client().clickInHome(MEMBER, "agenda_action_done", "1:1").status()).isEqualTo(200);

    assertThat(texts(publishedView(MEMBER, 2))).doesNotContain("Rooster delen").contains("Lokaal");
    assertThat(app.command(COORDINATOR, "acties").visible()).doesNotContain("Rooster delen");
    var update = app.slack.await("chat.update", c -> !c.param("blocks").contains("Rooster delen"));
    assertThat(update.param("ts")).isEqualTo(app.slack.response(post).get("ts").getAsString());
  }

  @Test
  void aMeetingReminderDm_listsTheRecipientsOwnOpenActions_andTheChannelPostTheNetworks() {
    app.command(COORDINATOR, "reminders set 1d channel, 1d dm");
    app.command(MEMBER, "rsvp 2 yes");
    app.command(OTHER, "rsvp 2 yes");

    app.clock.set(Instant.parse("2026-12-09T13:05:00Z")); // a day before 14:00 in Amsterdam
    app.timer().settle();

    FakeSlackApi.Call mine = app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel()) && reminder(c));
    assertThat(blocks(mine)).contains("Your open action items", "1. Rooster delen (due Sat 5 December 2026, overdue)",
        "2. Lokaal &lt;b&gt;boeken&lt;/b&gt; (due Sun 20 December 2026)").doesNotContain("Koffie");
    assertThat(BlockKitLimits.problems(mine)).isEmpty();
    FakeSlackApi.Call other = app.slack.await("chat.postMessage", c -> OTHER.equals(c.channel()) && reminder(c));
    assertThat(blocks(other)).contains("Jouw open actiepunten", "3. Koffie regelen (uiterlijk za 12 december 2026)")
        .doesNotContain("Rooster");
    FakeSlackApi.Call channel = app.slack.await("chat.postMessage",
        c -> TestApp.CHANNEL.equals(c.channel()) && reminder(c));
    assertThat(blocks(channel)).contains("*Actiepunten*", "1. Rooster delen (uiterlijk za 5 december 2026, te laat)",
        "2. Lokaal &lt;b&gt;boeken&lt;/b&gt;", "3. Koffie regelen").doesNotContain("Jouw open actiepunten");
    assertThat(BlockKitLimits.problems(channel)).isEmpty();
  }

  @Test
  void aReminderNamesThreeOfMyActions_andHowManyMore() {
    for (String what : List.of("Vier", "Vijf")) {
      app.command(COORDINATOR, "action add 1 1 \"" + what + "\" owner <@U0MEMBER|m> due 2026-12-30");
    }
    app.command(COORDINATOR, "reminders set 1d dm");
    app.command(MEMBER, "rsvp 2 yes");

    app.clock.set(Instant.parse("2026-12-09T13:05:00Z"));
    app.timer().settle();

    FakeSlackApi.Call mine = app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel()) && reminder(c));
    assertThat(blocks(mine)).contains("Rooster delen", "Lokaal", "4. Vier", "…and 1 more").doesNotContain("5. Vijf");
  }

  private static boolean reminder(FakeSlackApi.Call call) {
    return call.text() != null && (call.text().startsWith("Reminder: #2") || call.text().startsWith("Herinnering: #2"));
  }

  private JsonObject publishedView(String user, int n) {
    var calls = app.slack.awaitCount("views.publish", c -> user.equals(c.param("user_id")), n);
    return JsonParser.parseString(calls.get(n - 1).param("view")).getAsJsonObject();
  }

  private static String texts(JsonObject view) {
    return strings(view.get("blocks"));
  }

  /** Every string in a Block Kit JSON, one a line: what a reader sees, and the ids behind it. */
  private static String strings(JsonElement json) {
    if (json.isJsonPrimitive()) {
      return json.getAsString();
    }
    var parts = json.isJsonArray() ? json.getAsJsonArray().asList()
        : json.getAsJsonObject().entrySet().stream().map(e -> e.getValue()).toList();
    return String.join("\n", parts.stream().map(OwnActionsEndToEndTest::strings).toList());
  }

  private static String blocks(FakeSlackApi.Call call) {
    return strings(JsonParser.parseString(call.param("blocks")));
  }

  private static List<String> accessoryButtons(JsonObject view) {
    return StreamSupport.stream(view.getAsJsonArray("blocks").spliterator(), false)
        .map(JsonElement::getAsJsonObject).filter(b -> b.has("accessory"))
        .map(b -> b.getAsJsonObject("accessory"))
        .map(a -> a.get("action_id").getAsString() + "=" + a.get("value").getAsString()).toList();
  }
}
