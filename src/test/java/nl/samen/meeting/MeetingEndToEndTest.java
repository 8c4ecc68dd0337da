package nl.samen.meeting;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start(TestNetwork.MONDAY, "setup \"IB-netwerk Noord\"");

  @BeforeEach
  void announcedAndCleared() {
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    app.slack.clear();
  }

  @Test
  void meetingNew_schedulesIt_andAnnouncesItWithWorkingButtons() {
    var answer = app.command(COORDINATOR,
        "meeting new \"Netwerkbijeenkomst IB\" 3-12-2026 9.30-12.00 at \"OBS De Klimop, Gouda\"");

    assertThat(answer.visible()).contains("#1", "Netwerkbijeenkomst IB", "do 3 december 2026, 09:30–12:00");
    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    assertThat(post.param("blocks")).contains("rsvp_yes", "rsvp_no", "rsvp_maybe", "\"value\":\"1\"",
        "OBS De Klimop, Gouda", "Netwerkbijeenkomst IB");

    var click = app.client().click(MEMBER, CHANNEL, "rsvp_yes", "1");

    assertThat(click.status()).isEqualTo(200);
    var reply = app.slack.await("response_url", c -> c.visible().contains("#1"));
    assertThat(reply.param("response_type")).isEqualTo("ephemeral");
    assertThat(reply.text()).contains("Your answer *yes*");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Coming (1)", "<@U0MEMBER>");
  }

  @Test
  void aSeries_isScheduledEveryNWeeks_andAnnouncedOnce() {
    var answer = app.command(COORDINATOR,
        "vergadering nieuw “Intervisie” 2026-12-07 14:00-16:00 herhaal elke 2 weken tot 1-2-2027");

    assertThat(answer.visible()).contains("5 bijeenkomsten");
    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    assertThat(post.param("blocks")).contains("ma 7 december 2026", "ma 21 december 2026", "ma 4 januari 2027",
        "ma 18 januari 2027", "ma 1 februari 2027").doesNotContain("15 februari");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
    assertThat(app.command(MEMBER, "meetings").visible()).contains("#1", "#5").doesNotContain("#6");
  }

  @Test
  void meetingNew_withoutArguments_opensTheModal_andItsSubmissionSchedules() {
    var answer = app.command(COORDINATOR, "meeting new");

    assertThat(answer.body()).isEmpty();
    var open = app.slack.await("views.open", c -> true);
    assertThat(open.param("view")).contains("meeting_new", CHANNEL, "Nieuwe bijeenkomst");

    var submitted = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL, modalValues(
        "Netwerkdag voorjaar", "2027-03-18", "09:00", "15:30", "Het Stadhuis", "networkday"));

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.body()).isEmpty();
    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    assertThat(post.param("blocks")).contains("Netwerkdag voorjaar", "Netwerkdag", "Het Stadhuis", "09:00–15:30");
  }

  @Test
  void theModal_showsErrorsNextToTheFields_andSchedulesNothing() {
    var pastDate = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        modalValues("Te laat", "2026-11-01", "09:00", null, null, "meeting"));
    var endBeforeStart = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        modalValues("Omgekeerd", "2026-12-10", "12:00", "10:00", null, "meeting"));
    var byMember = app.client().submit(MEMBER, MeetingModal.CALLBACK_ID, CHANNEL,
        modalValues("Eigen plan", "2026-12-10", "12:00", null, null, "meeting"));

    assertThat(pastDate.json().get("response_action").getAsString()).isEqualTo("errors");
    assertThat(pastDate.json().getAsJsonObject("errors").has("date")).isTrue();
    assertThat(endBeforeStart.json().getAsJsonObject("errors").get("end").getAsString()).contains("na het begin");
    assertThat(byMember.json().getAsJsonObject("errors").get("title").getAsString()).contains("coordinators");
    assertThat(app.command(COORDINATOR, "vergaderingen").visible()).contains("nog geen bijeenkomsten");
  }

  @Test
  void aMember_cannotScheduleMoveOrCancel() {
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30");

    assertThat(app.command(MEMBER, "meeting new \"Mijn eigen\" 2026-12-04 09:30").visible())
        .contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "meeting 1 move 2026-12-05 10:00").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "meeting 1 cancel").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "meeting new").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "meetings").visible()).contains("#1").doesNotContain("#2");
  }

  @Test
  void moving_tellsTheChannelAndThoseWhoSaidYesOrMaybe_notThoseWhoSaidNo() {
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30-11:00");
    app.command(MEMBER, "rsvp 1 yes");
    app.command(OTHER, "rsvp 1 no");
    app.slack.clear();

    var answer = app.command(COORDINATOR, "meeting 1 move 10-12-2026 13:00-15:00");

    assertThat(answer.visible()).contains("verplaatst naar do 10 december 2026, 13:00–15:00");
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.param("blocks").contains("do 10 december"));
    var dm = app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel()));
    assertThat(dm.param("blocks")).contains("Thu 10 December 2026, 13:00–15:00", "rsvp_yes");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> OTHER.equals(c.channel()));
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Thu 10 December 2026");
  }

  @Test
  void cancelling_tellsTheChannelAndTheInterested_andClosesAnswers() {
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30");
    app.command(MEMBER, "rsvp maybe");
    app.slack.clear();

    var answer = app.command(COORDINATOR, "meeting 1 annuleer \"Te weinig aanmeldingen\"");

    assertThat(answer.visible()).contains("afgelast");
    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.text().contains("afgelast"));
    assertThat(post.text()).contains("#1", "Te weinig aanmeldingen");
    assertThat(app.slack.await("chat.postMessage", c -> MEMBER.equals(c.channel())).text()).contains("cancelled");
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("has been cancelled");
    assertThat(app.command(COORDINATOR, "meeting 1 cancel").visible()).contains("is afgelast");
    assertThat(app.command(MEMBER, "meetings").visible()).doesNotContain("#1");
  }

  @Test
  void aTitleCannotPingTheChannel_inTheAnnouncement() {
    app.command(COORDINATOR, "meeting new \"Iedereen <!channel> komen! <@U0OTHER|other>\" 2026-12-03 09:30");

    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    assertThat(post.visible()).doesNotContain("<!channel>").doesNotContain("<@U0OTHER");
  }

  @Test
  void aMeetingOfAnotherTeamOrUnknownNumber_isNotFound() {
    assertThat(app.command(MEMBER, "meeting 99").visible()).contains("There is no meeting #99");
    assertThat(app.command(MEMBER, "rsvp 99 yes").visible()).contains("There is no meeting #99");
  }

  private static JsonObject modalValues(String title, String date, String start, String end, String place, String kind) {
    return new ModalValues().text("title", title).date("date", date).time("start", start).time("end", end)
        .text("place", place).option("kind", kind).json();
  }
}
