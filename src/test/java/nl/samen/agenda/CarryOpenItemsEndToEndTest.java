package nl.samen.agenda;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Items not dealt with (no note, decision or action) move on in one step when the minutes are posted. */
class CarryOpenItemsEndToEndTest {
  private static final Instant AFTER = Instant.parse("2026-12-03T15:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @Test
  void postingTheMinutes_offersToMoveTheOpenItems_andTheButtonMovesOnlyThose() {
    NetworkDayFixture.ordinaryMeeting(app);
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");
    app.command(COORDINATOR, "agenda 1 add \"Privacy\"");
    app.command(COORDINATOR, "agenda 1 add \"Rondvraag\"");
    app.clock.set(AFTER);
    app.command(COORDINATOR, "notulen 1 notitie 1 \"Welkom\"");
    app.command(COORDINATOR, "action add 1 3 \"Beleid schrijven\" owner <@U0MEMBER|member> due 2026-12-20");

    var posted = app.command(COORDINATOR, "notulen 1 plaats");

    assertThat(posted.visible()).contains("2 punten van #1 hebben nog geen notitie, besluit of actie",
        "Verplaats 2 open punten naar de volgende bijeenkomst");
    assertThat(BlockKitLimits.ackProblems(posted.body())).isEmpty();
    assertThat(app.client().click(MEMBER, CHANNEL, CarryViews.ACTION_MOVE_OPEN, "1").status()).isEqualTo(200);
    var refused = app.slack.await("response_url", c -> c.json().toString().contains("Only the network"));
    assertThat(refused.json().get("text").getAsString())
        .isEqualTo(":warning: Only the network's coordinators can do that.");

    app.client().click(COORDINATOR, CHANNEL, CarryViews.ACTION_MOVE_OPEN, "1");

    var moved = app.slack.await("response_url", c -> c.json().toString().contains("verplaatst naar #2"));
    assertThat(moved.json().get("text").getAsString()).contains("2 open punten van #1", "2. Rekenbeleid, 4. Rondvraag");
    assertThat(app.command(MEMBER, "agenda 2").visible()).contains("Rekenbeleid", "Rondvraag")
        .doesNotContain("Opening", "Privacy");
    assertThat(app.command(MEMBER, "agenda 1").visible()).contains("09:30 Opening", "Privacy",
        "~2. Rekenbeleid~ → item 1 of #2", "~4. Rondvraag~ → item 2 of #2");
    assertThat(app.command(COORDINATOR, "agenda 1 move open").visible()).contains("niets te verplaatsen");
  }

  @Test
  void theCommand_movesTheOpenItemsToTheBacklogWhenNoMeetingFollows_andMembersAreRefused() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\"");
    app.clock.set(AFTER);
    app.command(COORDINATOR, "notulen 1 besluit 1 \"Start om half tien\"");

    assertThat(app.command(MEMBER, "agenda 1 move open").visible()).contains("Only the network's coordinators");
    assertThat(app.command(COORDINATOR, "agenda 1 verplaats open").visible())
        .contains("Na #1 is er geen bijeenkomst: 1 open punten staan nu op de parkeerlijst: 2. Rekenbeleid");
    assertThat(app.command(MEMBER, "agenda backlog").visible()).contains("*1.* Rekenbeleid _(from #1)_");
  }
}
