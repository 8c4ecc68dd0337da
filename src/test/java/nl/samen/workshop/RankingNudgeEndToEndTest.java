package nl.samen.workshop;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nudge before the close of a ranking (issue 15): 24 hours before it, one DM to each member who
 * comes and has not ranked every ranked round, with the button to the form; never twice.
 */
class RankingNudgeEndToEndTest {
  /** 24 hours before the close at the RSVP deadline. */
  private static final Instant NUDGE = NetworkDayFixture.DEADLINE.minusSeconds(24 * 3600);

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void twoRoundsRank_theMemberRanksBoth_theOtherOne_theCoordinatorNone() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Spel\" capacity 5 round 2");
    app.command(COORDINATOR, "workshop 1 ranking open");
    app.command(MEMBER, "workshop 1 rank 1 1 2");
    app.command(MEMBER, "workshop 1 rank 2 3");
    app.command(OTHER, "workshop 1 voorkeur 1 2");
    app.command(COORDINATOR, "rsvp 1 maybe");
  }

  @Test
  void whoComesAndHasNotRankedEveryRound_isNudgedOnce_withTheButtonToTheForm() {
    app.clock.set(NUDGE.minusSeconds(60));
    app.timer().settle();
    app.drain();
    assertThat(nudges()).isEmpty();

    app.clock.set(NUDGE);
    app.timer().settle();
    app.drain();

    assertThat(nudges()).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(OTHER, COORDINATOR);
    FakeSlackApi.Call other = nudges().stream().filter(c -> OTHER.equals(c.channel())).findFirst().orElseThrow();
    assertThat(other.text()).contains("Je hebt nog niet in elke ronde je voorkeuren gegeven", "*#1 Netwerkdag*",
        "di 1 december 2026 09:30");
    assertThat(other.param("blocks")).contains(RankingModal.ACTION_OPEN);
    assertThat(BlockKitLimits.problems(other)).isEmpty();

    app.restart();
    app.timer().settle();
    app.clock.set(NUDGE.plusSeconds(3600));
    app.timer().wakeAll();
    app.drain();
    assertThat(nudges()).hasSize(2);

    app.client().click(OTHER, OTHER, RankingModal.ACTION_OPEN, "1");
    assertThat(app.slack.await("views.open", c -> true).param("view")).contains(RankingModal.CALLBACK_ID);
  }

  @Test
  void aRankingOpenedLate_nudgesHalfwayToTheClose() {
    app.command(COORDINATOR, "workshop 1 ranking open until 2026-11-23 21:00"); // 20:00 UTC, 12 hours away

    app.clock.set(Instant.parse("2026-11-23T13:59:00Z"));
    app.timer().settle();
    app.drain();
    assertThat(nudges()).isEmpty();
    app.clock.set(Instant.parse("2026-11-23T14:00:00Z"));
    app.timer().settle();
    app.drain();
    assertThat(nudges()).hasSize(2);
  }

  private List<FakeSlackApi.Call> nudges() {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> c.text() != null && c.text().contains(":ballot_box_with_check:")).toList();
  }
}
