package nl.samen.installation;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.Installs;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workspace removing Samen (app_uninstalled and tokens_revoked, in either order, each maybe twice)
 * leaves no row of that team in any table; another workspace keeps all of its own.
 */
class UninstallEndToEndTest {
  static final String A = FakeSlackApi.TEAM;
  static final String B = "T0BUREN";
  static final String B_CHANNEL = "C0BUREN";
  static final String B_COORD = "U0BCOORD";

  @AutoClose
  final TestApp app = new TestApp(MutableClock.at(TestNetwork.MONDAY), Installs.MODE);
  final SlackClient b;

  UninstallEndToEndTest() throws IOException {
    b = app.client().as(B, B);
  }

  @BeforeEach
  void twoWorkspacesUseSamen() {
    Installs.install(app, A, "xoxb-a-token", "U0BOTA");
    Installs.install(app, B, "xoxb-b-token", "U0BOTB");
    app.slack.user(B_COORD, "nl-NL");
    app.slack.channelMembers(B_CHANNEL, B_COORD, "U0BOTB");
    for (SlackClient client : new SlackClient[] {app.client(), b}) {
      String channel = client == b ? B_CHANNEL : CHANNEL;
      String coordinator = client == b ? B_COORD : COORDINATOR;
      client.command(coordinator, channel, "setup \"Netwerk\"");
      client.command(coordinator, channel, "reminders set 1d dm");
      client.command(coordinator, channel, "meeting new \"Overleg\" 2026-11-25 10:30");
      client.command(coordinator, channel, "rsvp " + (client == b ? 2 : 1) + " yes"); // numbers count across teams
    }
    app.command(MEMBER, "rsvp 1 no \"ziek\"");
    app.drain();
    assertThat(rowsOf(A)).as("rows of A before").containsKeys("network", "meeting", "rsvp", "installation", "outbox");
    assertThat(rowsOf(B)).as("rows of B before").containsKeys("network", "meeting", "rsvp", "installation", "outbox");
  }

  @Test
  void uninstalledThenRevoked_twiceEach_leavesNoRowOfTheTeam_andTheOtherKeepsItsOwn() {
    Map<String, Integer> before = rowsOf(B);

    assertThat(event("Ev1", uninstalled()).status()).isEqualTo(200);
    assertThat(event("Ev2", revoked()).status()).isEqualTo(200);
    assertThat(event("Ev1", uninstalled()).status()).as("Slack's second delivery").isEqualTo(200);
    assertThat(event("Ev2", revoked()).status()).isEqualTo(200);

    assertThat(rowsOf(A)).as("rows of A in any table").isEmpty();
    assertThat(rowsOf(B)).isEqualTo(before);
    assertThat(app.command(COORDINATOR, "help").status()).as("A is no longer installed").isEqualTo(401);
    assertThat(b.command(B_COORD, B_CHANNEL, "meetings").visible()).contains("Overleg");
  }

  @Test
  void revokedFirst_thenUninstalled_leavesNoRowOfTheTeam() {
    assertThat(event("Ev2", revoked()).status()).isEqualTo(200);
    assertThat(event("Ev1", uninstalled()).status()).isEqualTo(200);

    assertThat(rowsOf(A)).isEmpty();
    assertThat(rowsOf(B)).containsKeys("network", "meeting", "rsvp", "installation");

    app.slack.clear();
    app.clock.set(Instant.parse("2026-11-24T09:31:00Z")); // both reminders (1d dm) are due
    app.timer().settle();
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).as("only B's reminder, with B's token").singleElement()
        .satisfies(dm -> {
          assertThat(dm.channel()).isEqualTo(B_COORD);
          assertThat(dm.token()).contains("xoxb-b-token");
        });
  }

  /** Every table with a team id, and how many rows the team has there; tables without its rows left out. */
  private Map<String, Integer> rowsOf(String team) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (String table : app.db().tables()) {
      if (app.db().columns(table).contains("team_id")) {
        int count = app.db().jdbi().withHandle(h -> h.createQuery(
            "select count(*) from \"" + table + "\" where team_id = :team").bind("team", team).mapTo(Integer.class).one());
        if (count > 0) {
          rows.put(table, count);
        }
      }
    }
    return rows;
  }

  private SlackClient.Answer event(String id, JsonObject event) {
    return app.client().event(id, event, 0);
  }

  private static JsonObject uninstalled() {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_uninstalled");
    event.addProperty("event_ts", "1700000000.000400");
    return event;
  }

  private static JsonObject revoked() {
    JsonObject tokens = new JsonObject();
    tokens.add("oauth", new JsonArray());
    JsonArray bot = new JsonArray();
    bot.add("U0BOTA");
    tokens.add("bot", bot);
    JsonObject event = new JsonObject();
    event.addProperty("type", "tokens_revoked");
    event.add("tokens", tokens);
    event.addProperty("event_ts", "1700000000.000500");
    return event;
  }
}
