package nl.samen.agenda;

import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The walls: the coordinator of network A (meeting #1) also coordinates network B (meeting #2, a private
 * channel); an item never crosses from one network to the other, and an outsider finds no meeting.
 */
class CarryOverWallsEndToEndTest {
  private static final String PRIVATE = "G0DIRECTIE";
  private static final String B_MEMBER = "U0BMEMBER";

  private final TestApp app;

  CarryOverWallsEndToEndTest() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of(), slack -> {
      slack.user(B_MEMBER, "en-US");
      slack.channelMembers(PRIVATE, COORDINATOR, B_MEMBER, FakeSlackApi.BOT_USER);
    });
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "meeting new \"IB-overleg\" 2026-12-03 09:30-12:00");
    app.client().command(COORDINATOR, PRIVATE, "setup \"Directeuren\"");
    app.client().command(COORDINATOR, PRIVATE, "meeting new \"Directieoverleg\" 2026-12-10 09:00-12:00");
    app.command(COORDINATOR, "agenda 1 add \"Begroting\"");
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aMeetingOfAnotherNetwork_isNoSuchMeeting_andTheItemStaysWithoutANextMeetingOfItsOwn() {
    assertThat(app.command(COORDINATOR, "agenda 1 move 1 to 2").visible()).contains("Er is geen bijeenkomst #2");
    assertThat(app.command(COORDINATOR, "agenda 1").visible()).contains("Begroting").doesNotContain("~1.");

    assertThat(app.command(COORDINATOR, "agenda 1 move 1").visible()).contains("staat op de parkeerlijst als nr. *1*");
    assertThat(app.command(COORDINATOR, "agenda backlog 1 to 2").visible()).contains("Er is geen bijeenkomst #2");
    assertThat(app.client().command(COORDINATOR, PRIVATE, "agenda backlog").visible()).contains("parkeerlijst is leeg");
  }

  @Test
  void someoneOutsideTheNetwork_findsNoMeeting() {
    assertThat(app.client().command(B_MEMBER, PRIVATE, "agenda 1 move 1 to 2").visible())
        .contains("There is no meeting #1");
    assertThat(app.command(COORDINATOR, "agenda 1").visible()).contains("Begroting").doesNotContain("~1.");
  }
}
