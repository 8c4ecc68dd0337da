package nl.samen.workshop;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ranking form (issue 15): opened from {@code workshops <id>}, prefilled, stored like the command. */
class RankingFormEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void threeWorkshopsInRoundOne_twoInRoundTwo_rankingOpen() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Gedrag\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Spel\" capacity 5 round 2");
    app.command(COORDINATOR, "workshop 1 add \"Drama\" capacity 5 round 2");
    app.command(COORDINATOR, "workshop 1 ranking open");
  }

  @Test
  void theButtonInTheWorkshopsAnswer_opensTheForm_prefilledWithTheRanking() {
    app.command(MEMBER, "workshop 1 rank 1 2 1");
    assertThat(app.command(MEMBER, "workshops 1").body()).contains(RankingModal.ACTION_OPEN, "Rank workshops")
        .doesNotContain(WorkshopViews.ACTION_OPEN + "\"");
    assertThat(app.command(COORDINATOR, "workshops 1").body()).contains(WorkshopViews.ACTION_OPEN + "\"");

    app.client().click(MEMBER, CHANNEL, RankingModal.ACTION_OPEN, "1");

    var call = app.slack.await("views.open", c -> true);
    assertThat(BlockKitLimits.problems(call)).isEmpty();
    JsonObject view = JsonParser.parseString(call.param("view")).getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo(RankingModal.CALLBACK_ID);
    var blocks = view.getAsJsonArray("blocks");
    assertThat(blocks).hasSize(7);
    assertThat(blocks.get(1).toString()).contains("Round 1 · first choice", "1. Rekenen", "2. Lezen", "3. Gedrag")
        .doesNotContain("Spel");
    assertThat(initial(blocks.get(1))).isEqualTo("2");
    assertThat(initial(blocks.get(2))).isEqualTo("1");
    assertThat(blocks.get(3).getAsJsonObject().getAsJsonObject("element").has("initial_option")).isFalse();
    assertThat(blocks.get(4).toString()).contains("rank_2_1", "4. Spel", "5. Drama").doesNotContain("Rekenen");
  }

  @Test
  void thePostedAgenda_offersTheForm_whileTheRankingIsOpen() {
    app.command(COORDINATOR, "agenda 1 post");
    app.drain();
    var posted = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.text().startsWith("Agenda"));
    assertThat(posted.param("blocks")).contains(RankingModal.ACTION_OPEN, WorkshopViews.ACTION_OPEN + "\"");
    assertThat(BlockKitLimits.problems(posted)).isEmpty();

    int updatesBefore = (int) app.slack.calls("chat.update").stream()
        .filter(c -> CHANNEL.equals(c.channel())).count();
    app.command(COORDINATOR, "workshop 1 assign");
    app.drain();

    var updated = app.slack.awaitCount("chat.update", c -> CHANNEL.equals(c.channel()), updatesBefore + 1)
        .get(updatesBefore);
    assertThat(updated.param("blocks")).contains(WorkshopViews.ACTION_OPEN + "\"")
        .doesNotContain(RankingModal.ACTION_OPEN);
  }

  @Test
  void submittingTheForm_storesTheRankingPerRound_likeTheCommand() {
    var ack = app.client().submit(MEMBER, RankingModal.CALLBACK_ID, "1", new ModalValues()
        .option("rank_1_1", "3").option("rank_1_3", "1").option("rank_2_1", "5").json());

    assertThat(ack.json().get("response_action").getAsString()).isEqualTo("update");
    assertThat(ack.json().get("view").toString()).contains("Your ranking for round 1: 3. Gedrag › 1. Rekenen",
        "Your ranking for round 2: 5. Drama");
    assertThat(BlockKitLimits.ackProblems(ack.body())).isEmpty();
    assertThat(app.command(MEMBER, "workshops 1").visible())
        .contains("Your ranking in round 1: 3. Gedrag › 1. Rekenen", "Your ranking in round 2: 5. Drama");
  }

  @Test
  void theSameWorkshopTwiceInARound_isRefusedInTheForm_andNothingIsStored() {
    var ack = app.client().submit(MEMBER, RankingModal.CALLBACK_ID, "1", new ModalValues()
        .option("rank_1_1", "2").option("rank_1_2", "2").option("rank_2_1", "4").json()).json();

    assertThat(ack.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(ack.getAsJsonObject("errors").get("rank_1_2").getAsString())
        .isEqualTo("You chose this workshop already as your first choice in this round.");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("You have not ranked yet");

    var empty = app.client().submit(MEMBER, RankingModal.CALLBACK_ID, "1", new JsonObject()).json();
    assertThat(empty.getAsJsonObject("errors").get("rank_1_1").getAsString()).contains("at least a first choice");
  }

  @Test
  void afterTheClose_theButtonSaysSo_andASubmissionIsRefused() {
    app.clock.set(NetworkDayFixture.DEADLINE);

    app.client().click(MEMBER, CHANNEL, RankingModal.ACTION_OPEN, "1");
    assertThat(app.slack.await("response_url", c -> true).visible()).contains("Ranking closed on");
    var late = app.client().submit(MEMBER, RankingModal.CALLBACK_ID, "1",
        new ModalValues().option("rank_1_1", "1").json()).json();
    assertThat(late.getAsJsonObject("errors").get("rank_1_1").getAsString()).startsWith("Ranking closed on");
    app.drain();
    assertThat(app.slack.calls("views.open")).isEmpty();
  }

  @Test
  void theLargestRealisticDay_fitsSlacksLimits() {
    for (int round = 1; round <= 3; round++) {
      for (int i = 1; i <= 10; i++) {
        app.command(COORDINATOR, "workshop 1 add \"" + ("Workshop " + round + "." + i + " ").repeat(10).substring(0, 100)
            + "\" capacity 30 round " + round);
      }
    }

    app.client().click(MEMBER, CHANNEL, RankingModal.ACTION_OPEN, "1");

    var call = app.slack.await("views.open", c -> true);
    assertThat(BlockKitLimits.problems(call)).isEmpty();
    assertThat(JsonParser.parseString(call.param("view")).getAsJsonObject().getAsJsonArray("blocks")).hasSize(10);
  }

  private static String initial(com.google.gson.JsonElement block) {
    return block.getAsJsonObject().getAsJsonObject("element").getAsJsonObject("initial_option").get("value").getAsString();
  }
}
