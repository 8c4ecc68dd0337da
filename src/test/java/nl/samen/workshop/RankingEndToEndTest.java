package nl.samen.workshop;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranked workshop choices by command (issue 15): opening, ranking, changing, the close. */
class RankingEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void threeWorkshopsInRoundOne_andOneInRoundTwo() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Gedrag\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Spel\" capacity 5 round 2");
  }

  @Test
  void aCoordinatorOpensTheRanking_untilTheRsvpDeadline_andMembersMayNot() {
    assertThat(app.command(MEMBER, "workshop 1 ranking open").visible()).contains("coordinator");

    assertThat(app.command(COORDINATOR, "workshop 1 rangschikking open").visible())
        .contains("Voorkeuren zijn open voor #1", "`/samen workshop 1 voorkeur <ronde>", "1 december");
  }

  @Test
  void aCoordinatorMayChooseTheClose_inTheMeetingsTime_butNotInThePast() {
    assertThat(app.command(COORDINATOR, "workshop 1 ranking open tot 2026-11-27 17:00").visible())
        .contains("tot vr 27 november 2026 17:00");
    assertThat(app.command(COORDINATOR, "workshop 1 ranking open until 2026-11-20 17:00").visible())
        .contains("ligt niet in de toekomst");

    app.clock.set(java.time.Instant.parse("2026-11-27T16:00:00Z")); // 17:00 in Amsterdam
    assertThat(app.command(MEMBER, "workshop 1 rank 1 1").visible()).contains("Ranking closed on");
  }

  @Test
  void beforeTheRankingIsOpen_rankingIsRefused_andNothingIsShown() {
    assertThat(app.command(MEMBER, "workshop 1 rank 1 2 1").visible()).contains("Ranking is not open for #1");
    assertThat(app.command(MEMBER, "workshops 1").visible()).doesNotContain("Ranked choices");
  }

  @Test
  void aMemberRanksPerRound_seesTheRanking_andChangesIt() {
    app.command(COORDINATOR, "workshop 1 ranking open");

    assertThat(app.command(MEMBER, "workshop 1 rank 1 2 3 1").visible())
        .contains("Your ranking for round 1: 2. Lezen › 3. Gedrag › 1. Rekenen", "change it until");
    app.command(MEMBER, "workshop 1 rank 2 4");
    SlackClient.Answer list = app.command(MEMBER, "workshops 1");
    assertThat(list.visible()).contains("Ranked choices", "Your ranking in round 1: 2. Lezen › 3. Gedrag › 1. Rekenen",
        "Your ranking in round 2: 4. Spel");
    assertThat(BlockKitLimits.ackProblems(list.body())).isEmpty();

    app.command(MEMBER, "workshop 1 rank 1 1");

    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("Your ranking in round 1: 1. Rekenen")
        .doesNotContain("Lezen ›");
    assertThat(app.command(OTHER, "workshops 1").visible()).contains("Je hebt nog geen voorkeur gegeven")
        .doesNotContain("Je voorkeur in ronde");
  }

  @Test
  void aWorkshopOfAnotherRound_orNamedTwice_isRefused() {
    app.command(COORDINATOR, "workshop 1 ranking open");

    assertThat(app.command(MEMBER, "workshop 1 rank 1 4").visible()).contains("Round 1 of #1 has no workshop 4");
    assertThat(app.command(MEMBER, "workshop 1 rank 1 2 2").visible()).contains("has no workshop 2");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("You have not ranked yet");
  }

  @Test
  void afterTheClose_rankingIsRefused() {
    app.command(COORDINATOR, "workshop 1 ranking open");
    app.clock.set(NetworkDayFixture.DEADLINE);

    assertThat(app.command(MEMBER, "workshop 1 rank 1 1").visible()).contains("Ranking closed on");
  }

  @Test
  void privacy_exportsTheRanking_andForgetRemovesIt() {
    app.command(COORDINATOR, "workshop 1 ranking open");
    app.command(MEMBER, "workshop 1 rank 1 2 3");

    app.command(MEMBER, "privacy export");
    String body = app.slack.awaitCount("upload", c -> true, 1).get(0).body();
    JsonObject data = JsonParser.parseString(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1))
        .getAsJsonObject().getAsJsonObject("data");
    assertThat(data.getAsJsonObject("workshops").getAsJsonArray("rankings")).hasSize(2);
    app.command(MEMBER, "privacy forget confirm");

    int left = app.db().jdbi().withHandle(h -> h.createQuery("select count(*) from workshop_rank")
        .mapTo(Integer.class).one());
    assertThat(left).isZero();
  }
}
