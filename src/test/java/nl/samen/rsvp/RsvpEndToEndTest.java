package nl.samen.rsvp;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.ModalValues;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RsvpEndToEndTest {
  private TestApp app;

  private void network(String setup) throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.command(COORDINATOR, setup);
    // Thursday 3 December 2026, 09:30 Amsterdam = 08:30 UTC; the deadline is 48 h earlier.
    app.command(COORDINATOR, "meeting new \"IB-overleg\" 2026-12-03 09:30-12:00");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void withoutANumber_theAnswerIsForTheNextMeeting_andCanBeChanged() throws Exception {
    network("setup \"IB\"");
    app.command(COORDINATOR, "meeting new \"Later\" 2027-01-14 09:30");

    assertThat(app.command(MEMBER, "rsvp maybe").visible()).contains("Your answer *maybe* for *#1 IB-overleg*");
    assertThat(app.command(MEMBER, "rsvp 1 ja").visible()).contains("*yes*");
    assertThat(app.command(MEMBER, "meetings").visible()).contains("Your answer: *yes*").contains("not answered yet");
  }

  @Test
  void afterTheDeadline_membersCannotAnswer_butACoordinatorCanForThem() throws Exception {
    network("setup \"IB\"");
    app.clock.set(Instant.parse("2026-12-01T08:30:00Z"));

    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Answers closed on Tue 1 December 2026 09:30");
    assertThat(app.client().click(MEMBER, CHANNEL, "rsvp_no", "1").status()).isEqualTo(200);
    assertThat(app.slack.await("response_url", c -> true).text()).contains("Answers closed");

    assertThat(app.command(COORDINATOR, "rsvp 1 no <@U0MEMBER|member> \"Ziek\"").visible())
        .contains("Het antwoord *nee* van <@U0MEMBER>");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Not coming (1)", "Ziek");
  }

  @Test
  void aMember_cannotAnswerForSomeoneElse() throws Exception {
    network("setup \"IB\"");

    assertThat(app.command(MEMBER, "rsvp 1 yes <@U0OTHER|other>").visible()).contains("Only a coordinator can answer");
    assertThat(app.command(COORDINATOR, "meeting 1").visible()).contains("Komen (0)");
  }

  @Test
  void inARequiredNetwork_noNeedsAReason_byCommand() throws Exception {
    network("setup \"IB\" required");

    assertThat(app.command(MEMBER, "rsvp 1 no").visible()).contains("Attendance at this network is required");
    assertThat(app.command(MEMBER, "rsvp 1 no \"Studiedag op school\"").visible()).contains("*no*");
  }

  @Test
  void inARequiredNetwork_theNoButtonAsksForAReasonInAModal() throws Exception {
    network("setup \"IB\" verplicht");

    app.client().click(OTHER, CHANNEL, "rsvp_no", "1");

    var modal = app.slack.await("views.open", c -> c.param("view").contains(RsvpViews.REASON_MODAL));
    assertThat(modal.param("view")).contains("Waarom kun je niet");
    var empty = app.client().submit(OTHER, RsvpViews.REASON_MODAL, "1", ModalValues.reason("  "));
    assertThat(empty.json().get("response_action").getAsString()).isEqualTo("errors");

    var given = app.client().submit(OTHER, RsvpViews.REASON_MODAL, "1", ModalValues.reason("Oudergesprekken"));

    assertThat(given.json().get("response_action").getAsString()).isEqualTo("update");
    assertThat(given.body()).contains("*nee*");
    assertThat(app.command(COORDINATOR, "meeting 1").visible()).contains("Komen niet (1)", "Oudergesprekken");
  }

  @Test
  void reasons_areShownOnlyToThePersonAndTheCoordinators() throws Exception {
    network("setup \"IB\"");
    app.command(OTHER, "rsvp 1 nee \"Vertrouwelijk: afspraak\"");

    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("<@U0OTHER>").doesNotContain("Vertrouwelijk");
    assertThat(app.command(OTHER, "meeting 1").visible()).contains("Vertrouwelijk");
    assertThat(app.command(COORDINATOR, "meeting 1").visible()).contains("Vertrouwelijk");
    assertThat(app.command(MEMBER, "rsvp 1").visible()).doesNotContain("Vertrouwelijk");
  }

  @Test
  void coordinators_seeWhoHasNotAnswered_humansOnly() throws Exception {
    network("setup \"IB\"");
    app.command(MEMBER, "rsvp 1 yes");

    var ack = app.command(COORDINATOR, "rsvp 1");

    assertThat(ack.body()).isEmpty();
    var overview = app.slack.await("response_url", c -> c.visible().contains("Nog niet geantwoord"));
    assertThat(overview.visible()).contains("Nog niet geantwoord (2)", "<@U0COORD>", "<@U0OTHER>")
        .doesNotContain("U0BOT");
  }

  @Test
  void attendance_startsFromTheYesAnswers_andTakesMarks_afterTheMeeting() throws Exception {
    network("setup \"IB\"");
    app.command(MEMBER, "rsvp 1 yes");
    app.command(OTHER, "rsvp 1 maybe");

    assertThat(app.command(COORDINATOR, "attendance 1").visible()).contains("nog niet plaatsgevonden");
    app.clock.set(Instant.parse("2026-12-03T12:00:00Z"));
    assertThat(app.command(MEMBER, "attendance 1").visible()).contains("Only the network's coordinators");

    assertThat(app.command(COORDINATOR, "aanwezigheid 1").visible()).contains("1 aanwezig", "Aanwezig: <@U0MEMBER>");
    var marked = app.command(COORDINATOR, "attendance 1 absent <@U0MEMBER|m> present <@U0OTHER|o> <@U0COORD|c>");

    assertThat(marked.visible()).contains("2 aanwezig", "Aanwezig: <@U0COORD>, <@U0OTHER>", "Afwezig: <@U0MEMBER>");
  }
}
