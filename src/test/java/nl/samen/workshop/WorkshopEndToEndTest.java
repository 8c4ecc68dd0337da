package nl.samen.workshop;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.samen.testing.Sheets;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class WorkshopEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @Test
  void workshops_arePerRound_withHostRoomAndSeatsLeft() {
    assertThat(app.command(COORDINATOR,
        "workshop 1 add \"Rekenen met begrip\" capacity 2 round 1 host <@U0OTHER|other> room \"B1.04\"").visible())
        .contains("*1. Rekenen met begrip* (ronde 1) is toegevoegd aan #1, met 2 plekken");
    assertThat(app.command(COORDINATOR, "workshop 1 toevoegen “Begrijpend lezen” ronde 2 capaciteit 10 lokaal \"Aula\"")
        .visible()).contains("*2. Begrijpend lezen* (ronde 2)");

    String list = app.command(MEMBER, "workshops 1").visible();

    assertThat(list).contains("Round 1", "Rekenen met begrip", "host <@U0OTHER>", "room B1.04",
        "2 of 2 seats left", "Round 2", "Begrijpend lezen", "10 of 10 seats left", "workshop_open");
    assertThat(list.indexOf("Round 1")).isLessThan(list.indexOf("Round 2"));
    assertThat(list).doesNotContain("Seats:", "Waitlist:");
  }

  @Test
  void choosing_takesASeat_andMakesTheAnswerYes_andTheReplySaysSo() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2");

    String reply = app.command(MEMBER, "workshop 1 choose 1").visible();

    assertThat(reply).contains("You have a seat in *1. Rekenen* (round 1)", "the answer to #1 is now *yes*");
    assertThat(app.command(MEMBER, "meetings").visible()).contains("Your answer: *yes*");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("1 of 2 seats left", "You have a seat here");
    assertThat(app.command(MEMBER, "workshop 1 choose 1").visible())
        .contains("You already have a seat in *1. Rekenen*").doesNotContain("now *yes*");
  }

  @Test
  void aFullWorkshop_putsMembersOnItsWaitlistInOrder_andAFreedSeatGoesToTheFirst_whoGetsADirectMessage() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(COORDINATOR, "workshop 1 kies 1");

    assertThat(app.command(MEMBER, "workshop 1 choose 1").visible())
        .contains("*1. Rekenen* (round 1) is full: you are number 1 on its waitlist");
    assertThat(app.command(OTHER, "workshop 1 kies 1").visible()).contains("je staat als 2e op de wachtlijst");

    assertThat(app.command(COORDINATOR, "workshop 1 afmelden 1").visible()).contains("Je bent afgemeld voor *1. Rekenen*");

    var dm = app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel()));
    assertThat(dm.text()).contains("A seat came free in workshop *1. Rekenen* (round 1) of *#1 Netwerkdag*",
        "`/samen workshop 1 drop 1`");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("You have a seat here", "full · 1 waiting");
    assertThat(app.command(OTHER, "workshops 1").visible()).contains("Je staat als 1e op de wachtlijst");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> OTHER.equals(c.channel()));
  }

  @Test
  void choosingAnotherWorkshopInTheSameRound_movesTheMember_andTheirSeatGoesToTheWaitlist() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 5");
    app.command(COORDINATOR, "workshop 1 add \"Gedrag\" capacity 5 round 2");
    app.command(MEMBER, "workshop 1 choose 1");
    app.command(OTHER, "workshop 1 choose 1");
    app.command(MEMBER, "workshop 1 choose 3");

    String moved = app.command(MEMBER, "workshop 1 choose 2").visible();

    assertThat(moved).contains("You have a seat in *2. Lezen*", "Your earlier choice in this round, 1. Rekenen, is given up");
    assertThat(app.slack.await("chat.postMessage", c -> OTHER.equals(c.channel())).text())
        .contains("Er is een plek vrijgekomen in workshop *1. Rekenen*");
    String mine = app.command(MEMBER, "workshops 1").visible();
    assertThat(mine.split("You have a seat here", -1)).hasSize(3); // Lezen in round 1, Gedrag in round 2
  }

  @Test
  void answeringNo_freesTheMembersSeats_forTheFirstOnTheWaitlist() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(MEMBER, "workshop 1 choose 1");
    app.command(OTHER, "workshop 1 choose 1");

    app.command(MEMBER, "rsvp 1 no");

    assertThat(app.slack.await("chat.postMessage", c -> OTHER.equals(c.channel())).text())
        .contains("Er is een plek vrijgekomen", "en die is nu voor jou");
    assertThat(app.command(OTHER, "workshops 1").visible()).contains("Je hebt hier een plek");
    assertThat(app.command(MEMBER, "workshops 1").visible()).doesNotContain("You have a seat", "waitlist.");
  }

  @Test
  void choicesCloseWithTheRsvpDeadline_exceptForCoordinators() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 3");
    app.clock.set(NetworkDayFixture.DEADLINE);

    assertThat(app.command(MEMBER, "workshop 1 choose 1").visible()).contains("Choosing closed on Tue 1 December 2026 09:30");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("3 of 3 seats left").doesNotContain("workshop_open");
    assertThat(app.command(COORDINATOR, "workshop 1 kies 1 <@U0MEMBER|member>").visible())
        .contains("<@U0MEMBER> heeft een plek in *1. Rekenen*", "het antwoord voor #1 is nu *ja*");
    assertThat(app.command(COORDINATOR, "workshop 1 kies 1").visible()).contains("Je hebt een plek");
  }

  @Test
  void membersCannotAddWorkshops_norChooseForOthers() {
    assertThat(app.command(MEMBER, "workshop 1 add \"Eigen feestje\" capacity 3").visible())
        .contains("Only the network's coordinators can do that");
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 3");

    assertThat(app.command(MEMBER, "workshop 1 choose 1 <@U0OTHER|other>").visible())
        .contains("Only a coordinator can choose for someone else");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("3 of 3 seats left").doesNotContain("Eigen feestje");
  }

  @Test
  void badInput_isAnsweredWithWhatWasWrongAndTheUsage_andChangesNothing() {
    NetworkDayFixture.ordinaryMeeting(app);

    assertThat(app.command(COORDINATOR, "workshop 1 add \"Rekenen\"").visible())
        .contains("Geef aan hoeveel plekken", "capaciteit <n>");
    assertThat(app.command(MEMBER, "workshop 1 add \"Rekenen\" capacity 0").visible()).contains("1 to 500 seats");
    assertThat(app.command(MEMBER, "workshop 1 add \"Rekenen\" capacity many").visible())
        .contains("Expected the number of seats, but found `many`");
    assertThat(app.command(MEMBER, "workshop 1 add \"Rekenen\" capacity 3 round 12").visible())
        .contains("Rounds are numbered 1 to 9");
    assertThat(app.command(MEMBER, "workshop 1 add \"Rekenen capacity 3").visible()).contains("quote");
    assertThat(app.command(MEMBER, "workshop 1 juggle 1").visible()).contains("Expected add, choose or drop");
    assertThat(app.command(MEMBER, "workshop 1 choose 1 please").visible()).contains("`please`");
    assertThat(app.command(COORDINATOR, "workshop 2 add \"Rekenen\" capacity 3").visible())
        .contains("Bijeenkomst #2 is geen netwerkdag");
    assertThat(app.command(MEMBER, "workshop 1 choose 7").visible()).contains("Meeting #1 has no workshop 7");
    assertThat(app.command(MEMBER, "workshop 9 choose 1").visible()).contains("There is no meeting #9");
    assertThat(app.command(MEMBER, "workshops 2").visible()).contains("Meeting #2 is not a network day");

    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("No workshops yet");
  }

  @Test
  void coordinatorsSeeWhoHasASeatAndWhoWaits_andGetAllChoicesAsASpreadsheetInTheirDirectMessages() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen, met begrip\" capacity 1 room \"x;=1+1;y\"");
    app.command(MEMBER, "workshop 1 choose 1");
    app.command(OTHER, "workshop 1 choose 1");
    app.command(MEMBER, "school \"De Regenboog\"");

    assertThat(app.command(COORDINATOR, "workshops 1").visible())
        .contains("Deelnemers: <@U0MEMBER>", "Wachtlijst: 1. <@U0OTHER>");
    assertThat(app.command(MEMBER, "workshops 1 excel").visible()).contains("Only the network's coordinators");

    var ack = app.command(COORDINATOR, "workshops 1 excel");

    assertThat(ack.status()).isEqualTo(200);
    assertThat(app.slack.await("response_url", c -> c.visible().contains("privéberichten")).visible())
        .contains("#1 (2 in totaal)");
    assertThat(app.slack.calls("conversations.open")).anyMatch(c -> COORDINATOR.equals(c.param("users")));
    var complete = app.slack.await("files.completeUploadExternal", c -> true);
    assertThat(complete.param("channel_id")).isEqualTo("D" + COORDINATOR);
    assertThat(app.slack.await("files.getUploadURLExternal", c -> true).param("filename")).isEqualTo("workshops-1.xlsx");
    app.slack.await("upload", c -> true);
    Sheets.Opened sheet = Sheets.open(app.slack.uploadedBytes().get(0));
    assertThat(sheet.formulas()).isEmpty();
    assertThat(sheet.rows()).containsExactly(
        List.of("ronde", "workshop", "titel", "door", "lokaal", "status", "plek op wachtlijst", "gebruikers-id", "naam",
            "school", "gekozen op"),
        List.of("1", "1", "Rekenen, met begrip", "", "x;=1+1;y", "plek", "", "U0MEMBER", "u0member", "De Regenboog",
            "2026-11-23 09:00"),
        List.of("1", "1", "Rekenen, met begrip", "", "x;=1+1;y", "wachtlijst", "1", "U0OTHER", "u0other", "",
            "2026-11-23 09:00"));
  }

  @Test
  void afterTheDeadline_membersCannotDropEither() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(MEMBER, "workshop 1 choose 1");
    app.clock.advance(Duration.ofDays(30));

    assertThat(app.command(MEMBER, "workshop 1 drop 1").visible()).contains("Choosing closed");
  }
}
