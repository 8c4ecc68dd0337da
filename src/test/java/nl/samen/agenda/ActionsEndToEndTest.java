package nl.samen.agenda;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Action items written down during network day #1 (3 December 2026, 09:30 in Amsterdam). */
class ActionsEndToEndTest {
  private static final Instant DURING = Instant.parse("2026-12-03T09:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void anAgendaItem() {
    app.command(COORDINATOR, "agenda 1 add \"Rooster\" <@U0OTHER|other>");
  }

  @Test
  void actionsAreNumberedPerNetwork_andListedWithTheCallersOwnFirst() {
    app.clock.set(DURING);

    assertThat(app.command(COORDINATOR, "actie toevoegen 1 1 \"Rooster delen\" eigenaar <@U0MEMBER|m> voor 2026-12-10")
        .visible()).contains("Actiepunt *1. Rooster delen* voor <@U0MEMBER>", "punt 1 van #1");
    assertThat(app.command(OTHER, "action add 1 1 \"Lokaal boeken\" owner <@U0OTHER|o> due 2026-12-20").visible())
        .contains("Actiepunt *2. Lokaal boeken*");

    var forOther = app.command(OTHER, "acties");
    assertThat(forOther.visible()).contains("Open actiepunten van IB-netwerk Noord", "Rooster delen", "<@U0MEMBER>");
    assertThat(forOther.visible().indexOf("Lokaal boeken")).isLessThan(forOther.visible().indexOf("Rooster delen"));
    assertThat(BlockKitLimits.ackProblems(forOther.body())).isEmpty();
    String forMember = app.command(MEMBER, "actions").visible();
    assertThat(forMember.indexOf("Rooster delen")).isLessThan(forMember.indexOf("Lokaal boeken"));
  }

  @Test
  void theOwnerClosesAnActionWithANote_othersMayNot_andItLeavesTheList() {
    app.clock.set(DURING);
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-10");

    assertThat(app.command(OTHER, "actie 1 klaar").visible()).contains("Alleen de coördinatoren");
    assertThat(app.command(MEMBER, "action 1 done \"Gedeeld via mail\"").visible())
        .contains("Action *1. Rooster delen* is done");
    assertThat(app.command(MEMBER, "action 1 done").visible()).contains("Action 1 is already done");
    assertThat(app.command(MEMBER, "actions").visible()).contains("No open action items");
  }

  @Test
  void anActionPastItsDueDate_isMarkedOverdue() {
    app.clock.set(DURING);
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-10");

    app.clock.set(Instant.parse("2026-12-11T09:00:00Z"));

    assertThat(app.command(MEMBER, "actions").visible()).contains("Rooster delen", "(overdue)");
  }

  @Test
  void beforeTheMeeting_forAMemberWhoIsNotTheItemsOwner_orForAnOutsider_nothingIsRecorded() {
    assertThat(app.command(COORDINATOR, "actie toevoegen 1 1 \"Te vroeg\" eigenaar <@U0MEMBER|m> voor 2026-12-10")
        .visible()).contains("nog niet begonnen");
    app.clock.set(DURING);
    assertThat(app.command(MEMBER, "action add 1 1 \"Zelf\" owner <@U0MEMBER|m> due 2026-12-10").visible())
        .contains("Only the network's coordinators and the item's owner");
    assertThat(app.command(COORDINATOR, "action add 1 1 \"Vreemd\" owner <@U0STRANGER|s> due 2026-12-10").visible())
        .contains("U0STRANGER");
    assertThat(app.command(COORDINATOR, "action add 1 9 \"Mis\" owner <@U0MEMBER|m> due 2026-12-10").visible())
        .contains("geen agendapunt 9");

    assertThat(app.command(MEMBER, "actions").visible()).contains("No open action items");
  }

  @Test
  void exportHoldsTheActionsSomeoneOwns_andForgetKeepsThemForAFormerMember() {
    app.clock.set(DURING);
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-10");

    app.command(MEMBER, "privacy export");
    String body = app.slack.awaitCount("upload", c -> true, 1).get(0).body();
    var data = JsonParser.parseString(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1))
        .getAsJsonObject().getAsJsonObject("data");
    assertThat(data.getAsJsonArray("action items").toString()).contains("Rooster delen", "\"owner\":true");

    app.command(MEMBER, "privacy forget confirm");

    assertThat(app.command(COORDINATOR, "acties").visible()).contains("Rooster delen", "voormalig lid")
        .doesNotContain(MEMBER);
  }

  @Test
  void openActions_comeBackUnderActionItemsOnTheNextMeetingsAgenda_andLeaveThePostedAgendaWhenDone() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 2 add \"Terugblik\"");
    app.clock.set(DURING);
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-10");

    assertThat(app.command(COORDINATOR, "agenda 2").visible())
        .contains("Terugblik", "Actiepunten", "*1.* Rooster delen — <@U0MEMBER>");
    assertThat(app.command(COORDINATOR, "agenda 1").visible()).doesNotContain("Actiepunten");
    app.command(COORDINATOR, "agenda 2 post");
    var post = app.slack.await("chat.postMessage", c -> c.text().contains("Agenda van #2"));
    assertThat(post.param("blocks")).contains("Actiepunten", "Rooster delen");
    assertThat(BlockKitLimits.problems(post)).isEmpty();

    app.command(MEMBER, "action 1 done");

    var update = app.slack.await("chat.update", c -> !c.param("blocks").contains("Rooster delen"));
    assertThat(update.param("ts")).isEqualTo(app.slack.response(post).get("ts").getAsString());
    assertThat(update.param("blocks")).contains("Terugblik").doesNotContain("Actiepunten");
  }

  @Test
  void theOwnerIsRemindedOnceTwoDaysBeforeTheDueDate_andClosesTheActionWithTheButton() {
    app.clock.set(DURING);
    app.command(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-12-10");
    app.timer().settle();
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).noneMatch(ActionsEndToEndTest::actionReminder);

    app.clock.set(Instant.parse("2026-12-08T08:30:00Z")); // 09:30 in Amsterdam, two days before
    app.timer().settle();

    var dm = app.slack.await("chat.postMessage", ActionsEndToEndTest::actionReminder);
    assertThat(dm.channel()).isEqualTo(MEMBER);
    assertThat(dm.text()).contains("*1. Rooster delen*", "meeting #1", "10 December 2026");
    assertThat(dm.param("blocks")).contains("agenda_action_done");
    assertThat(BlockKitLimits.problems(dm)).isEmpty();
    app.clock.set(Instant.parse("2026-12-09T08:30:00Z"));
    app.timer().wakeAll();
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(ActionsEndToEndTest::actionReminder).hasSize(1);

    app.client().click(OTHER, MEMBER, "agenda_action_done", "1:1");
    assertThat(app.slack.await("response_url", c -> c.visible().contains("geen actiepunt 1")).visible())
        .contains("Dit netwerk heeft geen actiepunt 1");
    app.client().click(MEMBER, MEMBER, "agenda_action_done", "1:1");
    assertThat(app.slack.await("response_url", c -> c.visible().contains("is done")).visible())
        .contains("Action *1. Rooster delen* is done");
    assertThat(app.command(MEMBER, "actions").visible()).contains("No open action items");
  }

  private static boolean actionReminder(nl.samen.testing.FakeSlackApi.Call call) {
    return call.text() != null && call.text().startsWith("Reminder: your action");
  }
}
