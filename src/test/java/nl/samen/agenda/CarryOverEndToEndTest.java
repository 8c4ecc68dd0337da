package nl.samen.agenda;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Agenda items carry over: network day #1 (3 December 2026) and, where asked, meeting #2 (10 December). */
class CarryOverEndToEndTest {
  private static final Instant DURING = Instant.parse("2026-12-03T09:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @Test
  void anItemMovesWithItsNotesToTheNextMeeting_underTheNextFreeNumber_andTheOldMeetingKeepsATrace() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");
    app.command(COORDINATOR, "agenda 2 add \"Welkom\"");
    app.clock.set(DURING);
    app.command(COORDINATOR, "notulen 1 notitie 2 \"Eerst de cijfers\"");

    var moved = app.command(COORDINATOR, "agenda 1 verplaats 2");

    assertThat(moved.visible()).contains("Agendapunt *2. Rekenbeleid* van #1 is nu punt *2* van #2");
    assertThat(app.command(MEMBER, "agenda 2").visible()).contains("*1.* 14:00 Welkom", "*2.* Rekenbeleid");
    var old = app.command(MEMBER, "agenda 1");
    assertThat(old.visible()).contains("*1.* 09:30 Opening", "~2. Rekenbeleid~ → item 2 of #2")
        .doesNotContain("*2.* Rekenbeleid");
    assertThat(app.command(MEMBER, "minutes 2").visible()).contains("*2. Rekenbeleid*", "Eerst de cijfers");
    assertThat(app.command(MEMBER, "minutes 1").visible()).contains("~2. Rekenbeleid~ → item 2 of #2")
        .doesNotContain("Eerst de cijfers");
    assertThat(BlockKitLimits.ackProblems(old.body())).isEmpty();
  }

  @Test
  void theNextMeetingSkipsACancelledOne_andANamedMeetingIsTakenAsAsked() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-17 14:00-16:00");
    app.command(COORDINATOR, "meeting 2 cancel");
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");

    assertThat(app.command(COORDINATOR, "agenda 1 move 1").visible()).contains("is nu punt *1* van #3");
    assertThat(app.command(COORDINATOR, "agenda 1 move 2 to 3").visible()).contains("is nu punt *2* van #3");
    assertThat(app.command(COORDINATOR, "agenda 3 move 1 naar 2").visible()).contains("Bijeenkomst #2 is afgelast");
  }

  @Test
  void onlyCoordinatorsAndTheItemsOwnerMove_andAMeetingNumberThatIsNoneIsNoSuchMeeting() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\" <@U0OTHER|other>");

    assertThat(app.command(MEMBER, "agenda 1 move 2").visible()).contains("Only the network's coordinators");
    assertThat(app.command(OTHER, "agenda 1 move 1").visible()).contains("Alleen de coördinatoren");
    assertThat(app.command(COORDINATOR, "agenda 1 move 1 to 99").visible()).contains("Er is geen bijeenkomst #99");
    assertThat(app.command(COORDINATOR, "agenda 1 move 7").visible()).contains("geen agendapunt 7");
    assertThat(app.command(OTHER, "agenda 1 move 2").visible()).contains("is nu punt *1* van #2");
  }

  @Test
  void withoutALaterMeeting_theItemGoesToTheBacklog_andIsPlannedFromThereIntoANewMeeting() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");

    assertThat(app.command(COORDINATOR, "agenda 1 verplaats 2").visible())
        .contains("*2. Rekenbeleid* van #1 staat op de parkeerlijst als nr. *1*");
    assertThat(app.command(COORDINATOR, "agenda backlog add \"Privacybeleid\"").visible())
        .contains("*2. Privacybeleid* staat op de parkeerlijst");
    app.command(COORDINATOR, "agenda 1 move 1 to backlog");
    var list = app.command(MEMBER, "agenda backlog");
    assertThat(list.visible()).contains("Backlog", "*1.* Rekenbeleid _(from #1)_", "*2.* Privacybeleid",
        "*3.* Opening");
    assertThat(BlockKitLimits.ackProblems(list.body())).isEmpty();
    assertThat(app.command(MEMBER, "agenda backlog add \"Mijn punt\"").visible())
        .contains("Only the network's coordinators");

    NetworkDayFixture.ordinaryMeeting(app);
    assertThat(app.command(COORDINATOR, "agenda parkeerlijst 1 naar 2").visible())
        .contains("Punt *1. Rekenbeleid* van de parkeerlijst is nu punt *1* van #2");
    assertThat(app.command(COORDINATOR, "agenda parkeerlijst 1 naar 2").visible())
        .contains("De parkeerlijst heeft geen punt 1");
    assertThat(app.command(MEMBER, "agenda 2").visible()).contains("*1.* 14:00 Rekenbeleid");
    assertThat(app.command(MEMBER, "agenda backlog").visible()).doesNotContain("Rekenbeleid")
        .contains("*2.* Privacybeleid");
    assertThat(app.command(MEMBER, "agenda 1").visible()).contains("~2. Rekenbeleid~ → backlog, no. 1",
        "~1. Opening~ → backlog, no. 3");
  }

  @Test
  void postedAgendasOfBothMeetings_areUpdatedInPlace() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");
    app.command(COORDINATOR, "agenda 1 plaats");
    app.command(COORDINATOR, "agenda 2 plaats");
    var first = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.text().contains("Agenda van #1"));
    var second = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.text().contains("Agenda van #2"));
    String ts1 = app.slack.response(first).get("ts").getAsString();
    String ts2 = app.slack.response(second).get("ts").getAsString();

    app.command(COORDINATOR, "agenda 1 move 2");

    var old = app.slack.await("chat.update", c -> ts1.equals(c.param("ts")) && c.param("blocks").contains("~2."));
    assertThat(old.param("blocks")).contains("Verplaatst", "punt 1 van #2");
    var next = app.slack.await("chat.update", c -> ts2.equals(c.param("ts")) && c.param("blocks").contains("Rekenbeleid"));
    assertThat(BlockKitLimits.problems(old)).isEmpty();
    assertThat(BlockKitLimits.problems(next)).isEmpty();
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> c.text().startsWith("Agenda van")).hasSize(2);
  }

  @Test
  void exportHoldsTheBacklogItemsSomeoneOwns_andForgetKeepsThemWithoutTheirName() {
    app.command(COORDINATOR, "agenda backlog add \"Rekenbeleid\" <@U0OTHER|other>");
    app.command(OTHER, "privacy export");
    String body = app.slack.awaitCount("upload", c -> true, 1).get(0).body();
    assertThat(body).contains("\"backlog_item\": 1", "Rekenbeleid");

    app.command(OTHER, "privacy forget confirm");

    String owner = app.db().jdbi().withHandle(h -> h.createQuery("select owner_id from agenda_backlog")
        .mapTo(String.class).one());
    assertThat(owner).startsWith("forgotten-");
    assertThat(app.command(MEMBER, "agenda backlog").visible()).contains("Rekenbeleid").doesNotContain("U0OTHER");
  }
}
