package nl.samen.plan;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanEndToEndTest {
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-09-14T08:00:00Z"));
    app.command(COORDINATOR, "setup \"IB-netwerk Noord\"");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String say(String user, String text) {
    return app.command(user, text).visible();
  }

  private void buildPlan() {
    say(COORDINATOR, "meeting new \"Netwerkdag\" 2026-11-05 09:00-15:00 networkday");
    assertThat(say(COORDINATOR, "plan goal add \"Leesonderwijs versterken\""))
        .contains("Doel *#1 Leesonderwijs versterken* staat in het jaarplan 2026-2027");
    assertThat(say(COORDINATOR, "jaarplan doel toevoegen “Zorgroute helder”")).contains("#2 Zorgroute helder");
    assertThat(say(COORDINATOR,
        "plan activity add 1 \"Kijkwijzer begrijpend lezen\" due 2026-12-01 meeting 1 owner <@U0MEMBER|member>"))
        .contains("Activiteit *#1 Kijkwijzer begrijpend lezen* staat onder doel #1", "bijeenkomst #1",
            "eigenaar <@U0MEMBER>");
    assertThat(say(COORDINATOR,
        "jaarplan activiteit toevoegen 2 \"Zorgroute op papier\" eigenaar <@U0OTHER|other> voor 1-3-2027"))
        .contains("*#2 Zorgroute op papier*");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Collegiale consultatie\"")).contains("*#3 Collegiale");
  }

  @Test
  void aYearsPlan_builtByCommands_showsGoalsActivitiesStatusBarsNotesOutcomesAndBudget() {
    buildPlan();
    assertThat(say(MEMBER, "plan progress 1 20% \"Werkgroep gestart\"")).contains("▓▓░░░░░░░░ 20%");
    assertThat(say(MEMBER, "plan progress #1 60% \"Concept besproken\""))
        .contains("Progress of *#1 Kijkwijzer begrijpend lezen*: ▓▓▓▓▓▓░░░░ 60%");
    assertThat(say(OTHER, "jaarplan klaar 2 \"Vastgesteld in het MT\"")).contains("is klaar");
    assertThat(say(COORDINATOR, "plan drop 3 \"Geen tijd dit jaar\"")).contains("is geschrapt");
    assertThat(say(MEMBER, "plan outcome 1 \"Kijkwijzer in gebruik op 6 scholen\"")).contains("outcome is recorded");
    say(COORDINATOR, "plan budget set 1000");

    String view = say(MEMBER, "plan");

    assertThat(view).contains("Annual plan 2026-2027 · IB-netwerk Noord", "*Goal #1: Leesonderwijs versterken*",
        "`#1` *Kijkwijzer begrijpend lezen* · _in progress_ · ▓▓▓▓▓▓░░░░ 60%", "Concept besproken — <@U0MEMBER>",
        "Outcome: Kijkwijzer in gebruik op 6 scholen", "meeting #1", "owner <@U0MEMBER>",
        "`#2` *Zorgroute op papier* · _done_ · ▓▓▓▓▓▓▓▓▓▓ 100%", "Vastgesteld in het MT",
        "`#3` *Collegiale consultatie* · _dropped_", "Budget €1,000.00 · spent €0.00 · left €1,000.00");
    assertThat(view).doesNotContain("Werkgroep gestart");
    assertThat(say(COORDINATOR, "jaarplan")).contains("Jaarplan 2026-2027", "_loopt_", "_klaar_", "_geschrapt_");
  }

  @Test
  void everyChange_isKeptAsHistory_notOverwritten() throws Exception {
    buildPlan();
    say(MEMBER, "plan progress 1 20% \"Werkgroep gestart\"");
    app.clock.advance(java.time.Duration.ofDays(7));
    say(MEMBER, "plan progress 1 60% \"Concept besproken\"");
    say(COORDINATOR, "plan done 1");

    try (var db = app.db().connect();
        var rows = db.createStatement().executeQuery(
            "select kind, percent, note, actor, at from plan_event order by id")) {
      StringBuilder history = new StringBuilder();
      while (rows.next()) {
        history.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
            .append(rows.getString(3)).append(' ').append(rows.getString(4)).append(' ').append(rows.getString(5))
            .append('\n');
      }
      assertThat(history.toString()).isEqualTo("""
          progress 20 Werkgroep gestart U0MEMBER 2026-09-14T08:00:00Z
          progress 60 Concept besproken U0MEMBER 2026-09-21T08:00:00Z
          done null null U0COORD 2026-09-21T08:00:00Z
          """);
    }
  }

  @Test
  void progress_byTheOwner_isRecorded_andRefusedForAnotherMember() {
    buildPlan();

    assertThat(say(OTHER, "jaarplan voortgang 1 80%"))
        .contains("Dat kunnen alleen de coördinatoren en de eigenaar van de activiteit");
    assertThat(say(MEMBER, "plan progress 2 10%")).contains("Only the network's coordinators and the activity's owner");
    assertThat(say(MEMBER, "plan done 2")).contains("Only the network's coordinators and the activity's owner");
    assertThat(say(MEMBER, "plan outcome 2 \"x\"")).contains("Only the network's coordinators and the activity's owner");
    assertThat(say(MEMBER, "plan progress 1 45%")).contains("45%");
    assertThat(say(COORDINATOR, "plan progress 2 30%")).contains("▓▓▓░░░░░░░ 30%");

    assertThat(say(OTHER, "plan view")).contains("`view`");
    assertThat(say(MEMBER, "plan")).contains("▓▓▓▓░░░░░░ 45%", "▓▓▓░░░░░░░ 30%").doesNotContain("80%");
  }

  @Test
  void aClosedActivity_takesNoMoreProgress_butStillTakesOutcomes() {
    buildPlan();
    say(OTHER, "plan done 2");

    assertThat(say(OTHER, "plan progress 2 50%")).contains("Activiteit #2 is al klaar");
    assertThat(say(OTHER, "plan drop 2")).contains("Activiteit #2 is al klaar");
    assertThat(say(COORDINATOR, "plan drop 3")).contains("geschrapt");
    assertThat(say(COORDINATOR, "plan done 3")).contains("Activiteit #3 is geschrapt");
    assertThat(say(OTHER, "plan opbrengst 2 \"Route staat in het zorgplan\"")).contains("opbrengst is vastgelegd");
  }

  @Test
  void onlyCoordinators_addGoalsActivitiesAndBudget() {
    buildPlan();

    assertThat(say(MEMBER, "plan goal add \"Mijn doel\"")).contains("Only the network's coordinators");
    assertThat(say(MEMBER, "plan activity add 1 \"Iets\"")).contains("Only the network's coordinators");
    assertThat(say(MEMBER, "plan budget set 10")).contains("Only the network's coordinators");
    assertThat(say(MEMBER, "plan budget spend 10 \"Taart\"")).contains("Only the network's coordinators");
    assertThat(say(MEMBER, "plan")).doesNotContain("Mijn doel", "Iets").contains("Budget not set");
  }

  @Test
  void budget_setAndSpent_addsUpToTheCent() {
    assertThat(say(COORDINATOR, "plan budget set € 1.250,50")).contains("Het budget voor 2026-2027 is vastgesteld op € 1.250,50");
    say(COORDINATOR, "plan budget spend 350,25 \"Sprekers netwerkdag\"");
    say(COORDINATOR, "jaarplan budget uitgave €99.99 “Koffie en lunch”");
    assertThat(say(COORDINATOR, "plan budget spend 0,26 \"Porto\""))
        .contains("Genoteerd voor 2026-2027: € 0,26 aan Porto", "Budget € 1.250,50 · besteed € 450,50 · over € 800,00");

    assertThat(say(COORDINATOR, "plan budget spend 1000,- \"Boeken\""))
        .contains("besteed € 1.450,50 · *€ 200,00 boven budget*");
    assertThat(say(MEMBER, "plan budget")).contains("*Budget 2026-2027*", "€350.25 on Sprekers netwerkdag (<@U0COORD>)",
        "budget set to €1,250.50 by <@U0COORD>", "spent €1,450.50 · *over budget by €200.00*");
  }

  @Test
  void aBadCommand_changesNothing() {
    buildPlan();
    say(COORDINATOR, "plan budget set 100");

    assertThat(say(COORDINATOR, "plan budget spend 12,3456 \"Vier decimalen\"")).contains("`12,3456` is geen bedrag");
    assertThat(say(COORDINATOR, "plan budget spend 0 \"Niets\"")).contains("€ 0,00 verandert niets");
    assertThat(say(COORDINATOR, "plan budget spend 5 \"Taart\" extra")).contains("`extra`");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" due 2026-13-01")).contains("bestaat niet");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" due 2027-08-01"))
        .contains("in het schooljaar 2026-2027 van het doel vallen");
    assertThat(say(COORDINATOR, "plan activity add 9 \"Nieuw\"")).contains("Doel #9 staat niet in het jaarplan");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" meeting 99")).contains("#99");
    assertThat(say(COORDINATOR, "plan progress 1 120%")).contains("`120%` is geen percentage");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" due 2027-01-01 due 2027-02-01")).contains("`due`");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" \"Tweede titel\"")).contains("\"Tweede titel\"");
    assertThat(say(COORDINATOR, "plan progress 7 10%")).contains("Activiteit #7 staat niet");
    assertThat(say(COORDINATOR, "plan 2026-2028")).contains("`2026-2028` is geen schooljaar");

    assertThat(say(COORDINATOR, "plan budget")).contains("besteed € 0,00");
    assertThat(say(COORDINATOR, "plan activity add 1 \"Nieuw\" due 2027-07-31")).contains("*#4 Nieuw*");
  }

  @Test
  void goalsGoIntoTheSchoolYearOfTheNetworksLocalDate_31JulyOr1August() {
    // 23:30 on 31 July in Amsterdam is still the old school year; 00:30 on 1 August is the new one.
    app.clock.set(Instant.parse("2027-07-31T21:30:00Z"));
    assertThat(say(COORDINATOR, "plan goal add \"Afronden\"")).contains("jaarplan 2026-2027");
    app.clock.set(Instant.parse("2027-07-31T22:30:00Z"));
    assertThat(say(COORDINATOR, "plan goal add \"Nieuw begin\"")).contains("jaarplan 2027-2028");
    assertThat(say(COORDINATOR, "plan goal add \"Vooruit\" 2028-2029")).contains("#3 Vooruit* staat in het jaarplan 2028-2029");

    assertThat(say(COORDINATOR, "plan")).contains("Jaarplan 2027-2028", "Nieuw begin").doesNotContain("Afronden");
    assertThat(say(COORDINATOR, "plan 2026-2027")).contains("Afronden").doesNotContain("Nieuw begin");
  }

  @Test
  void anEmptyPlan_saysHowToStart_andAChannelThatIsNoNetworkIsRefused() {
    assertThat(say(MEMBER, "plan")).contains("The plan for 2026-2027 is still empty");
    assertThat(app.client().command(MEMBER, "C0ELSEWHERE", "plan").visible()).contains("not a network yet");
  }
}
