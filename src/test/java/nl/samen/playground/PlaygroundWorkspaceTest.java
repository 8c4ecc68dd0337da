package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeded workspace a visitor finds, the page's endpoints, and the Reset button's work. */
class PlaygroundWorkspaceTest {
  private static Playground playground;
  private static PageClient page;

  @BeforeAll
  static void start() {
    playground = Playground.start(new Playground.Options(0, true));
    page = new PageClient(playground.pageUrl());
  }

  @AfterAll
  static void stop() {
    playground.close();
  }

  @Test
  void theNetworkIsSetUp_withItsMeetingsAnnounced_andEverySeedLineDone() {
    // Posts reach the channel at Slack's pace, one a second, not necessarily in the order they were written.
    JsonObject state = page.await(Workspace.BRAM.id(), s -> channelText(s).contains("Intervisie in kleine groepen")
        && channelText(s).contains("Netwerkdag IB"));

    assertThat(channelText(state)).contains("IB-netwerk Midden-Holland", "Netwerkbijeenkomst: leesmotivatie",
        "Netwerkdag IB", "rsvp_yes");
    assertThat(playground.skippedSeedLines()).isEmpty();
  }

  @Test
  void thePastMeeting_hasPostedMinutes_andActionsDoneOpenAndOverdue() {
    JsonObject state = page.await(Workspace.BRAM.id(), s -> channelText(s).contains("Voorbereiding netwerkdag"));
    assertThat(channelText(state)).contains("Netwerkbijeenkomst: terugblik eerste periode",
        "Vanaf januari gebruiken alle scholen hetzelfde OPP-format.");

    page.command(Workspace.BRAM.id(), "/samen actions");
    String actions = channelText(page.await(Workspace.BRAM.id(), s -> channelText(s).contains("Voorbeeld-OPP")));
    assertThat(actions).contains("Zaal en lunch netwerkdag bevestigen").doesNotContain("Leesplannen van alle scholen");
    assertThat(actions.substring(actions.indexOf("Voorbeeld-OPP"))).containsPattern("^[^\\n]*(te laat|overdue)");
    page.command(Workspace.BRAM.id(), "/samen plan");
    assertThat(channelText(page.await(Workspace.BRAM.id(), s -> channelText(s).contains("1 klaar: Alle zes"))))
        .containsPattern("(Actie|Action) 1 (klaar|done): Alle zes leesplannen");
  }

  @Test
  void theSeededNetwork_hasAPastMeetingThatFourMembersRated() {
    String evaluation = playground.actions().command(Workspace.ANOUK, Workspace.CHANNEL, "evaluatie", false).body();

    assertThat(evaluation).contains(SeedEvaluation.TITLE, "*4,0* (4 antwoorden)");
  }

  @Test
  void aSeedLineSamenDoesNotKnow_isSkipped_andTheNextLinesAreStillDone() {
    List<String> skipped = new Seeder(playground.actions()).seed(List.of(
        new Seed.Line(Workspace.JEROEN, "juggle 3 balls"),
        new Seed.Line(Workspace.JEROEN, "school \"Montessorischool De Ontdekking, Reeuwijk\"")),
        java.time.LocalDate.of(2026, 11, 23));

    assertThat(skipped).singleElement().satisfies(line -> assertThat(line).contains("juggle", "juggle 3 balls"));
  }

  @Test
  void seedLines_nameDaysFromTodayOnWeekdays_andMentionPeopleAsSlackEscapesThem() {
    // 23 November 2026 is a Monday: +5 is Saturday 28th, so the line lands on Monday 30th.
    assertThat(Seeder.expand("meeting new \"X\" {day+5} 10:00 host {@bram}", java.time.LocalDate.of(2026, 11, 23)))
        .isEqualTo("meeting new \"X\" 2026-11-30 10:00 host <@U0BRAM|bram>");
  }

  @Test
  void aCommandTypedOnThePage_isAnsweredInThePersonsLanguage_onlyToThem() {
    page.command(Workspace.HANNAH.id(), "/samen meetings");

    String hannahSees = channelText(page.state(Workspace.HANNAH.id()));
    assertThat(hannahSees).contains("/samen meetings", "Netwerkbijeenkomst: leesmotivatie", "not answered");
    assertThat(channelText(page.state(Workspace.ANOUK.id()))).doesNotContain("/samen meetings");
  }

  @Test
  void reset_throwsTheWorkspaceAway_andSeedsItAgain() {
    page.command(Workspace.ANOUK.id(), "/samen meeting new \"Extra overleg\" 2030-01-08 10:00");
    page.await(Workspace.ANOUK.id(), s -> channelText(s).matches("(?s).*#\\d+ Extra overleg.*")); // after the seeded ones

    JsonObject answer = page.post("reset", new JsonObject());

    assertThat(answer.get("ok").getAsBoolean()).isTrue();
    JsonObject state = page.await(Workspace.ANOUK.id(), s -> channelText(s).contains("Intervisie in kleine groepen"));
    assertThat(channelText(state)).doesNotContain("Extra overleg");
    assertThat(state.get("offsetMinutes").getAsLong()).isZero();
  }

  @Test
  void theClock_movesByADay_andToJustPastTheNextReminder() {
    long before = page.state(Workspace.ANOUK.id()).get("offsetMinutes").getAsLong();
    JsonObject step = new JsonObject();
    step.addProperty("step", "day");

    JsonObject moved = page.post("time", step);
    step.addProperty("step", "reminder");
    JsonObject reminder = page.post("time", step);

    assertThat(moved.get("moved").getAsBoolean()).isTrue();
    assertThat(reminder.get("moved").getAsBoolean()).as(reminder.toString()).isTrue();
    assertThat(page.state(Workspace.ANOUK.id()).get("offsetMinutes").getAsLong()).isGreaterThan(before + 24 * 60);
  }

  @Test
  void theTrafficList_showsTheSignedRequestsAndTheWebApiCalls() {
    page.command(Workspace.JEROEN.id(), "/samen help");

    String traffic = page.get("ui/traffic");

    assertThat(traffic).contains("/samen help", "\"toSamen\":true", "\"toSamen\":false", "chat.postMessage");
  }

  private static String channelText(JsonObject state) {
    List<String> parts = StreamSupport.stream(state.getAsJsonArray("channel").spliterator(), false)
        .map(m -> m.getAsJsonObject().get("text").getAsString() + " " + m.getAsJsonObject().get("blocks"))
        .toList();
    return String.join("\n", parts);
  }
}
