package nl.samen.evaluation;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The evaluation after meeting #1 (Thursday 26 November 2026, 09:30-12:00 in Amsterdam), to which all three said yes. */
class EvaluationEndToEndTest {
  static final Instant DURING = Instant.parse("2026-11-26T09:00:00Z");
  static final Instant ENDED = Instant.parse("2026-11-26T11:00:00Z");

  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void aMeetingEveryoneComesTo() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-26 09:30-12:00");
    for (String user : List.of(COORDINATOR, MEMBER, OTHER)) {
      assertThat(app.command(user, "rsvp 1 yes").status()).isEqualTo(200);
    }
  }

  @Test
  void whenTheMeetingEnds_everyoneWhoWasThereIsAskedOnce_inTheirLanguage_evenAfterARestart() {
    app.clock.set(ENDED.minusSeconds(60));
    settle();
    assertThat(questions()).isEmpty();

    app.clock.set(ENDED);
    settle();

    assertThat(questions()).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(COORDINATOR, MEMBER, OTHER);
    assertThat(question(MEMBER).text()).contains("How useful was meeting #1 *Netwerkoverleg*", "anonymous");
    assertThat(question(COORDINATOR).text()).contains("Hoe nuttig vond je bijeenkomst #1 *Netwerkoverleg*");
    assertThat(question(MEMBER).param("blocks")).contains("evaluation_score_1", "evaluation_score_5", "evaluation_remark");
    assertThat(BlockKitLimits.problems(question(MEMBER))).isEmpty();

    app.restartAt(ENDED.plusSeconds(3600));
    app.timer().wakeAll();
    app.drain();
    assertThat(questions()).hasSize(3);
  }

  @Test
  void aScoreByButton_isAnsweredInPlace_andCanBeChangedWithoutCountingTwice() {
    askedAfterTheEnd();

    var thanks = click(MEMBER, "evaluation_score_4");
    assertThat(thanks.param("replace_original")).isEqualTo("true");
    assertThat(thanks.visible()).contains("You gave #1 *Netwerkoverleg* a *4*", "evaluation_score_5");
    assertThat(BlockKitLimits.messageProblems(thanks.text(), thanks.param("blocks"))).isEmpty();
    assertThat(click(MEMBER, "evaluation_score_2").visible()).contains("a *2*");
    click(OTHER, "evaluation_score_5");

    assertThat(app.command(COORDINATOR, "evaluatie 1").visible()).contains("Nog niet genoeg antwoorden")
        .doesNotContain("Gemiddeld");
  }

  @Test
  void aScoreCanBeGivenOrChangedForFourteenDays_thenTheEvaluationIsClosed() {
    askedAfterTheEnd();
    click(MEMBER, "evaluation_score_4");

    app.clock.set(ENDED.plus(Duration.ofDays(14)));
    assertThat(click(OTHER, "evaluation_score_5").visible()).contains("een *5*");
    app.clock.set(ENDED.plus(Duration.ofDays(14)).plusSeconds(60));
    assertThat(click(MEMBER, "evaluation_score_1").text()).contains("The evaluation of #1 is closed");
    click(COORDINATOR, "evaluation_score_1");

    assertThat(app.command(COORDINATOR, "evaluatie 1").visible()).contains("Nog niet genoeg antwoorden");
  }

  @Test
  void belowThreeAnswersCoordinatorsSeeNothing_fromThreeTheAverageAndTheRemarks_neverWho() {
    askedAfterTheEnd();
    click(MEMBER, "evaluation_score_5");
    remark(MEMBER, "Veel geleerd over <b>rekenen</b>");
    click(OTHER, "evaluation_score_3");

    String twoAnswers = app.command(COORDINATOR, "evaluatie 1").visible();
    assertThat(twoAnswers).contains("Evaluatie van #1 Netwerkoverleg", "Nog niet genoeg antwoorden", "vanaf 3 antwoorden")
        .doesNotContain("geleerd", "Gemiddeld");
    assertThat(app.command(COORDINATOR, "evaluatie").visible()).contains("#1 Netwerkoverleg: minder dan 3 antwoorden");

    click(COORDINATOR, "evaluation_score_4");

    String threeAnswers = app.command(COORDINATOR, "evaluatie 1").visible();
    assertThat(threeAnswers).contains("Gemiddeld *4,0* van 5, uit 3 antwoorden", "Opmerkingen (zonder namen)",
        "Veel geleerd over &lt;b&gt;rekenen&lt;/b&gt;").doesNotContain(MEMBER, OTHER, "<b>");
    assertThat(app.command(COORDINATOR, "evaluation").visible()).contains("#1 Netwerkoverleg: *4,0* (3 antwoorden)");
    assertThat(app.command(MEMBER, "evaluation 1").visible()).contains("coordinators").doesNotContain("4.0");
  }

  @Test
  void theRemark_isWrittenInASmallModal_withItsLengthCapped() {
    askedAfterTheEnd();

    app.client().click(MEMBER, MEMBER, "evaluation_remark", "1");
    var modal = app.slack.await("views.open", c -> c.param("view").contains("evaluation_remark_modal"));
    assertThat(modal.param("view")).contains("Your remark on #1 Netwerkoverleg", "\"max_length\":500");
    assertThat(BlockKitLimits.viewProblems(modal.param("view"))).isEmpty();

    var tooLong = app.client().submit(MEMBER, "evaluation_remark_modal", "1", new ModalValues().text("remark", "x".repeat(501)).json());
    assertThat(tooLong.body()).contains("\"response_action\":\"errors\"", "500");
    assertThat(remark(MEMBER, "Graag vaker")).contains("Thanks for your remark on #1");
  }

  @Test
  void switchedOffByARemindersRule_nobodyIsAsked_andSwitchedOnAgain_theNextMeetingIs() {
    assertThat(app.command(MEMBER, "reminders evaluation off").visible()).contains("coordinators");
    assertThat(app.command(COORDINATOR, "herinneringen evaluatie uit").visible()).contains("niet meer gevraagd");
    assertThat(app.command(COORDINATOR, "herinneringen").visible()).contains("geen evaluatievraag (`evaluatie uit`)");

    askedAfterTheEnd();
    assertThat(questions()).isEmpty();
    assertThat(app.command(COORDINATOR, "evaluatie 1").visible()).contains("Na #1 is geen evaluatie gevraagd");

    assertThat(app.command(COORDINATOR, "reminders evaluation on").visible()).contains("krijgt wie er was de vraag");
    assertThat(app.command(COORDINATOR, "reminders").visible()).contains("(`evaluatie aan`)");
    settle();
    assertThat(questions()).as("switching on asks no one late about a meeting already past").isEmpty();
  }

  @Test
  void onlyThoseWhoWereThereAreAsked_andNobodyForACancelledMeeting() {
    app.command(COORDINATOR, "meeting new \"Vervallen\" 2026-11-26 13:00-14:00");
    app.command(MEMBER, "rsvp 2 yes");
    app.command(COORDINATOR, "meeting 2 cancel");
    app.clock.set(DURING);
    assertThat(app.command(COORDINATOR, "attendance 1 absent <@U0OTHER|other>").status()).isEqualTo(200);

    app.clock.set(Instant.parse("2026-11-26T14:00:00Z"));
    settle();

    assertThat(questions()).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(COORDINATOR, MEMBER);
    assertThat(questions()).noneMatch(c -> c.text().contains("Vervallen"));
    assertThat(click(OTHER, "evaluation_score_1").text()).contains("alleen wie erbij was");
  }

  @Test
  void anotherNetworksCoordinator_seesNothingOfTheEvaluation() throws Exception {
    askedAfterTheEnd();
    List.of(MEMBER, OTHER, COORDINATOR).forEach(user -> click(user, "evaluation_score_4"));
    app.slack.user("U0BCOORD", "nl-NL");
    app.slack.channelMembers("G0ANDERS", "U0BCOORD", FakeSlackApi.BOT_USER);
    app.client().command("U0BCOORD", "G0ANDERS", "setup \"Directeuren\"");

    String answer = app.client().command("U0BCOORD", "G0ANDERS", "evaluatie 1").visible();
    assertThat(answer).contains("geen bijeenkomst #1").doesNotContain("4,0");
    assertThat(app.client().command("U0BCOORD", "G0ANDERS", "evaluatie").visible()).doesNotContain("Netwerkoverleg");
    assertThat(click("U0BCOORD", "evaluation_score_1").text()).contains("#1 kun je niet beoordelen");
    assertThat(app.command(COORDINATOR, "evaluatie 1").visible()).contains("Gemiddeld *4,0* van 5, uit 3 antwoorden");
  }

  @Test
  void theAppHomeOfCoordinators_showsTheScoreOfTheLastMeetings() {
    askedAfterTheEnd();
    List.of(MEMBER, OTHER, COORDINATOR).forEach(user -> click(user, "evaluation_score_4"));

    app.client().homeOpened(COORDINATOR, "Ev1");
    app.client().homeOpened(MEMBER, "Ev2");

    var coordinatorsHome = app.slack.await("views.publish", c -> COORDINATOR.equals(c.param("user_id")));
    assertThat(coordinatorsHome.param("view")).contains("Evaluatie van de laatste bijeenkomsten",
        "#1 Netwerkoverleg: *4,0* (3 antwoorden)");
    var membersHome = app.slack.await("views.publish", c -> MEMBER.equals(c.param("user_id")));
    assertThat(membersHome.param("view")).doesNotContain("Evaluation of the last meetings");
  }

  private void askedAfterTheEnd() {
    app.clock.set(ENDED);
    settle();
  }

  private void settle() {
    app.timer().settle();
    app.drain();
  }

  private List<FakeSlackApi.Call> questions() {
    return app.slack.calls("chat.postMessage").stream()
        .filter(c -> String.valueOf(c.param("blocks")).contains("evaluation_score_")).toList();
  }

  private FakeSlackApi.Call question(String user) {
    return questions().stream().filter(c -> user.equals(c.channel())).findFirst().orElseThrow();
  }

  /** What the clicker is told on the message's response_url. */
  private FakeSlackApi.Call click(String user, String actionId) {
    int before = app.slack.calls("response_url").size();
    assertThat(app.client().click(user, user, actionId, "1").status()).isEqualTo(200);
    return app.slack.awaitCount("response_url", c -> true, before + 1).get(before);
  }

  private String remark(String user, String text) {
    return app.client().submit(user, "evaluation_remark_modal", "1",
        new ModalValues().text("remark", text).json()).body();
  }
}
