package nl.samen.workshop;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assigning ranked choices (issue 15): two members want the one seat of workshop 1 first; one gets
 * it, the other their second choice with the reason, by command or by the close on the clock.
 */
class RankedAssignEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void bothRankTheSameScarceWorkshopFirst() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Gedrag\" capacity 2");
    app.command(COORDINATOR, "workshop 1 add \"Spel\" capacity 5 round 2");
    app.command(COORDINATOR, "workshop 1 ranking open");
    app.command(MEMBER, "workshop 1 rank 1 1 2");
    app.command(OTHER, "workshop 1 voorkeur 1 1 2");
  }

  @Test
  void assign_seatsEveryoneWhoComes_explainsInDirectMessages_andShowsTheCoordinatorTheDistribution() {
    assertThat(app.command(MEMBER, "workshop 1 assign").visible()).contains("coordinator");

    String reply = app.command(COORDINATOR, "workshop 1 indelen").visible();

    assertThat(reply).contains("zijn ingedeeld (lotingsgetal",
        "1 eerste keus · 1 tweede · 0 derde · 2 een andere plek of geen voorkeur · 0 niet geplaatst");
    app.drain();
    String member = dm(MEMBER);
    String other = dm(OTHER);
    assertThat(member).contains("Your workshops for *#1 Netwerkdag*", "Round 2: *4. Spel*");
    assertThat(other).contains("Je workshops voor *#1 Netwerkdag*", "Ronde 2: *4. Spel*");
    assertThat(List.of(member, other)).filteredOn(dm -> dm.contains("*1. Rekenen*")).hasSize(1);
    assertThat(List.of(member, other)).filteredOn(dm -> dm.contains("*2. Lezen*"))
        .singleElement().matches(dm -> dm.contains("the lottery decided") || dm.contains("het lot besliste"));
    assertThat(app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.visible().contains("ingedeeld"))
        .visible())
        .contains("De workshops van *#1 Netwerkdag* zijn ingedeeld: 4 van 4 plekken gegeven");
    assertThat(app.slack.calls("chat.postMessage")).allSatisfy(c -> assertThat(BlockKitLimits.problems(c)).isEmpty());
    assertThat(app.command(COORDINATOR, "workshops 1").visible()).contains("*Voorkeuren* · ingedeeld", "Verdeling (persoon-rondes): 1 eerste keus");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("You have a seat here")
        .doesNotContain("Distribution");
  }

  @Test
  void assign_happensOnce_andCoordinatorsMovePeopleByHandAfterwards() {
    app.command(COORDINATOR, "workshop 1 assign");

    assertThat(app.command(COORDINATOR, "workshop 1 assign").visible()).contains("#1 is al ingedeeld");
    assertThat(app.command(MEMBER, "workshop 1 rank 1 3").visible()).contains("#1 has been assigned already");
    assertThat(app.command(COORDINATOR, "workshop 1 kies 3 <@U0MEMBER|member>").visible())
        .contains("<@U0MEMBER> heeft een plek in *3. Gedrag*");
    assertThat(app.command(MEMBER, "workshops 1").visible())
        .contains("*3. Gedrag*\\n1 of 2 seats left\\n:white_check_mark: You have a seat here");
  }

  @Test
  void aChoiceMadeByHandBefore_staysAsItIs_andTheMessageSpeaksOnlyOfTheOtherRounds() {
    app.command(COORDINATOR, "workshop 1 kies 3");

    app.command(COORDINATOR, "workshop 1 assign");

    app.drain();
    assertThat(dm(COORDINATOR)).contains("Ronde 2: *4. Spel*").doesNotContain("Ronde 1");
    assertThat(app.command(COORDINATOR, "workshops 1").visible())
        .contains("*3. Gedrag*\\nnog 1 van 2 plekken vrij\\n:white_check_mark: Je hebt hier een plek");
  }

  @Test
  void theCloseAtTheRsvpDeadline_assignsByItself_once() {
    app.clock.set(NetworkDayFixture.DEADLINE);
    app.timer().settle();
    app.drain();

    assertThat(dm(MEMBER)).contains("Your workshops for *#1 Netwerkdag*");
    assertThat(app.command(COORDINATOR, "workshop 1 assign").visible()).contains("#1 is al ingedeeld");
    assertThat(app.command(MEMBER, "workshop 1 rank 1 2").visible()).contains("Ranking closed on");
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> MEMBER.equals(c.channel())).hasSize(1);
  }

  private String dm(String user) {
    FakeSlackApi.Call call = app.slack.await("chat.postMessage", c -> user.equals(c.channel()));
    return call.visible();
  }
}
