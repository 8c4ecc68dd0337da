package nl.samen.meeting;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Issue 11, point 8: local times the clocks skip are refused; times they repeat are taken as the first. */
class LocalTimeEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @Test
  void aMeetingInTheSpringGap_isRefused_sayingWhichTimeDoesNotExistAndWhy() {
    assertThat(app.command(COORDINATOR, "meeting new \"X\" 28-03-2027 02:30-03:00").visible())
        .contains("zo 28 maart 2027 om 02:30 bestaat niet in Europe/Amsterdam",
            "springt de klok van 02:00 naar 03:00");
    assertThat(app.command(COORDINATOR, "meeting new \"X\" 28-03-2027 01:30-02:15").visible())
        .as("an end in the gap too").contains("02:15 bestaat niet");
    assertThat(app.command(COORDINATOR, "meeting new \"Nachtdienst\" 2027-03-21 02:30 repeat every week until 2027-04-04")
        .visible()).as("one meeting of a series in the gap").contains("zo 28 maart 2027 om 02:30 bestaat niet");
    assertThat(app.command(MEMBER, "meetings").visible()).contains("No meetings");
  }

  @Test
  void aTimeThatOccursTwice_isTakenAsTheFirst_andTheReplySaysSo() {
    assertThat(app.command(COORDINATOR, "meeting new \"Nachtoverleg\" 31-10-2027 02:30-03:30").visible())
        .contains("Bijeenkomst *#1 Nachtoverleg* staat gepland op zo 31 oktober 2027, 02:30–03:30",
            "02:30 komt in Europe/Amsterdam twee keer voor", "van 03:00 terug naar 02:00",
            "Samen neemt de eerste keer", "UTC+02:00");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Sun 31 October 2027, 02:30–03:30");
  }

  @Test
  void movingOrADeadline_intoTheGap_isRefused_too() {
    app.command(COORDINATOR, "meeting new \"Overleg\" 2027-03-30 09:00");

    assertThat(app.command(COORDINATOR, "meeting 1 move 2027-03-28 02:15").visible())
        .contains("zo 28 maart 2027 om 02:15 bestaat niet");
    assertThat(app.command(COORDINATOR, "meeting 1 deadline 2027-03-28 02:30").visible())
        .contains("zo 28 maart 2027 om 02:30 bestaat niet");
    assertThat(app.command(COORDINATOR, "meeting 1 move 2027-10-31 02:30").visible())
        .contains("verplaatst naar zo 31 oktober 2027, 02:30", "twee keer voor");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Sun 31 October 2027, 02:30");
  }
}
