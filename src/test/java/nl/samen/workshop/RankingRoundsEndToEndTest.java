package nl.samen.workshop;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ranked choices per round (issue 15): a coordinator lets round 1 rank while round 2 stays first come,
 * first served; seats held by hand in a ranked round stay and are not given twice.
 */
class RankingRoundsEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void twoWorkshopsInEachOfTwoRounds() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 1");
    app.command(COORDINATOR, "workshop 1 add \"Spel\" capacity 5 round 2");
    app.command(COORDINATOR, "workshop 1 add \"Drama\" capacity 5 round 2");
  }

  @Test
  void onlyTheNamedRoundRanks_choosingThereIsRefused_andTheOtherRoundIsFirstCome() {
    assertThat(app.command(COORDINATOR, "workshop 1 ranking open ronde 1").visible())
        .contains("Voorkeuren zijn open voor #1 (ronde 1)");

    assertThat(app.command(MEMBER, "workshop 1 choose 1").visible())
        .contains("Round 1 of #1 goes by ranked choices", "`/samen workshop 1 rank 1 <no> <no> <no>`");
    assertThat(app.command(MEMBER, "workshop 1 choose 3").visible()).contains("You have a seat in *3. Spel*");
    assertThat(app.command(MEMBER, "workshop 1 rank 2 3").visible())
        .contains("Round 2 of #1 is first come, first served", "`/samen workshop 1 choose <no>`");
    var picker = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1",
        WorkshopModalEndToEndTest.picks(Map.of(1, "2"))).json();
    assertThat(picker.getAsJsonObject("errors").get("round_1").getAsString()).contains("goes by ranked choices");
    assertThat(app.command(MEMBER, "workshop 1 rank 1 2 1").visible()).contains("Your ranking for round 1: 2. Lezen");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("Ranked choices* · round 1 · open until");
    assertThat(app.command(MEMBER, "workshops 1").body()).contains(WorkshopViews.ACTION_OPEN + "\"",
        RankingModal.ACTION_OPEN);

    assertThat(app.command(COORDINATOR, "workshop 1 indelen").visible())
        .contains("1 eerste keus · 0 tweede · 0 derde · 0 een andere plek of geen voorkeur · 0 niet geplaatst");
    app.drain();
    assertThat(app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel())).visible())
        .contains("Round 1: *2. Lezen*").doesNotContain("Round 2");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("*3. Spel*\\n4 of 5 seats left\\n:white_check_mark:");
    assertThat(app.command(OTHER, "workshop 1 kies 1").visible()).contains("Je hebt een plek in *1. Rekenen*");
  }

  @Test
  void aRoundWithoutWorkshops_orOutOfRange_isRefused() {
    assertThat(app.command(COORDINATOR, "workshop 1 ranking open round 3").visible())
        .contains("Ronde 3 van #1 heeft nog geen workshops");
    assertThat(app.command(COORDINATOR, "workshop 1 ranking open round 1,x").visible()).contains("1 tot 9");
    assertThat(app.command(MEMBER, "workshop 1 rank 1 1").visible()).contains("Ranking is not open for #1");
  }

  @Test
  void aSeatGivenByHandWhileRankingIsOpen_staysAndIsNotCountedTwice() {
    app.command(COORDINATOR, "workshop 1 ranking open");
    app.command(OTHER, "workshop 1 voorkeur 1 1 2");
    app.command(MEMBER, "workshop 1 rank 1 1 2");
    app.command(COORDINATOR, "workshop 1 voorkeur 1 1 2");
    assertThat(app.command(COORDINATOR, "workshop 1 kies 1 <@U0OTHER|other>").visible())
        .contains("<@U0OTHER> heeft een plek in *1. Rekenen*");

    // Rekenen has one seat left and Lezen one: the member and the coordinator each get one.
    assertThat(app.command(COORDINATOR, "workshop 1 indelen").visible())
        .contains("1 eerste keus · 1 tweede · 0 derde · 3 een andere plek of geen voorkeur · 0 niet geplaatst");
    String seats = app.command(COORDINATOR, "workshops 1").visible();
    assertThat(seats).contains("*1. Rekenen*\\nvol · 0 op de wachtlijst", "*2. Lezen*\\nvol · 0 op de wachtlijst");
    app.drain();
    assertThat(app.slack.await("chat.postMessage", c -> OTHER.equals(c.channel())).visible())
        .contains("Ronde 2").doesNotContain("Ronde 1");
  }
}
