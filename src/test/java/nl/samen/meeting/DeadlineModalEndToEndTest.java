package nl.samen.meeting;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The meeting modal's optional own deadline, and its times checked as the command checks them. */
class DeadlineModalEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @Test
  void theModal_offersAnOwnDeadline_andADeadlineGivenThereApplies() {
    app.command(COORDINATOR, "meeting new");
    String view = app.slack.await("views.open", c -> true).param("view");
    assertThat(view).contains("deadline_date", "deadline_time", "Aanmelden kan tot (datum)", "48 uur vóór het begin");

    var submitted = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Netwerkoverleg", "2026-12-10", "09:30", "2026-12-04", "12:00"));

    assertThat(submitted.body()).isEmpty();
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Answer before Fri 4 December 2026 12:00");
    app.clock.set(java.time.Instant.parse("2026-12-04T11:00:00Z"));
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Answers closed on Fri 4 December 2026 12:00");
  }

  @Test
  void aHalfDeadline_aDeadlineAfterTheStart_andAStartInTheGap_areShownNextToTheirFields() {
    var onlyDate = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Overleg", "2026-12-10", "09:30", "2026-12-04", null)).json().getAsJsonObject("errors");
    var afterStart = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Overleg", "2026-12-10", "09:30", "2026-12-11", "12:00")).json().getAsJsonObject("errors");
    var inPast = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Overleg", "2026-12-10", "09:30", "2026-11-20", "12:00")).json().getAsJsonObject("errors");
    var gap = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Nacht", "2027-03-28", "02:30", null, null)).json().getAsJsonObject("errors");

    assertThat(onlyDate.get("deadline_time").getAsString()).contains("datum én een tijd");
    assertThat(afterStart.get("deadline_date").getAsString()).contains("uiterlijk bij het begin", "do 10 december 2026, 09:30");
    assertThat(inPast.get("deadline_date").getAsString()).contains("al voorbij");
    assertThat(gap.get("start").getAsString()).contains("zo 28 maart 2027 om 02:30 bestaat niet", "02:00 naar 03:00");
    assertThat(app.command(COORDINATOR, "vergaderingen").visible()).contains("nog geen bijeenkomsten");
  }

  @Test
  void aTimeThatOccursTwice_inTheModal_isScheduledAsTheFirst_andTheModalSaysSo() {
    var submitted = app.client().submit(COORDINATOR, MeetingModal.CALLBACK_ID, CHANNEL,
        values("Nachtoverleg", "2027-10-31", "02:30", null, null)).json();

    assertThat(submitted.get("response_action").getAsString()).isEqualTo("update");
    assertThat(submitted.getAsJsonObject("view").toString()).contains("komt in Europe/Amsterdam twee keer voor");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Sun 31 October 2027, 02:30");
  }

  private static JsonObject values(String title, String date, String start, String deadlineDate, String deadlineTime) {
    return new ModalValues().text("title", title).date("date", date).time("start", start).time("end", null)
        .text("place", null).option("kind", "meeting")
        .date("deadline_date", deadlineDate).time("deadline_time", deadlineTime).json();
  }
}
