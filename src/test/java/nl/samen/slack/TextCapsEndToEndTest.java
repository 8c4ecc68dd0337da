package nl.samen.slack;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text over its cap is refused where it is typed, with the cap named, by command and in a modal. */
class TextCapsEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start(TestNetwork.MONDAY, "setup \"IB\" required");

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "meeting new \"IB-overleg\" 2026-12-03 09:30-12:00");
  }

  @Test
  void aReasonOverItsCap_isRefusedNamingTheCap_andNotRecorded() {
    assertThat(app.command(MEMBER, "rsvp 1 no \"" + "r".repeat(3100) + "\"").visible())
        .contains("Too long: the reason can be at most 500 characters; yours has 3100.");
    assertThat(app.command(MEMBER, "rsvp 1 no \"" + "r".repeat(500) + "\"").visible()).contains("*no*");
    assertThat(app.command(OTHER, "rsvp 1 nee \"" + "r".repeat(501) + "\"").visible())
        .contains("Te lang: de reden mag hoogstens 500 tekens hebben; de jouwe heeft er 501.");
  }

  @Test
  void aTitleOverItsCap_isRefused_andNothingIsAnnounced() {
    assertThat(app.command(COORDINATOR, "meeting new \"" + "t".repeat(3100) + "\" 2026-12-10 09:30").visible())
        .contains("Te lang: de titel van de bijeenkomst mag hoogstens 150 tekens hebben; de jouwe heeft er 3100.");
    assertThat(app.command(MEMBER, "meetings").visible()).doesNotContain("ttttt");
    assertThat(app.command(MEMBER, "help").visible()).contains("150 characters for titles", "500 for reasons");
  }

  @Test
  void theMeetingModal_limitsItsInputs_andRefusesALongerTitleNextToTheField() {
    app.command(COORDINATOR, "meeting new");
    var opened = app.slack.await("views.open", c -> c.param("view").contains("meeting_new"));
    assertThat(opened.param("view")).contains("\"max_length\":150", "\"max_length\":200");

    var submitted = app.client().submit(COORDINATOR, "meeting_new", CHANNEL, values("t".repeat(151)));

    JsonObject answer = submitted.json();
    assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(answer.getAsJsonObject("errors").get("title").getAsString())
        .isEqualTo("Te lang: de titel van de bijeenkomst mag hoogstens 150 tekens hebben; de jouwe heeft er 151.");
  }

  @Test
  void theReasonModal_refusesALongerReasonNextToTheField() {
    app.client().click(MEMBER, CHANNEL, "rsvp_no", "1");
    var opened = app.slack.await("views.open", c -> c.param("view").contains("rsvp_reason"));
    assertThat(opened.param("view")).contains("\"max_length\":500");

    JsonObject values = JsonParser.parseString("{\"reason\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\""
        + "r".repeat(501) + "\"}}}").getAsJsonObject();
    JsonObject answer = app.client().submit(MEMBER, "rsvp_reason", "1", values).json();

    assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(answer.getAsJsonObject("errors").get("reason").getAsString())
        .isEqualTo("Too long: the reason can be at most 500 characters; yours has 501.");
  }

  private static JsonObject values(String title) {
    return JsonParser.parseString("{"
        + "\"title\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + title + "\"}},"
        + "\"date\":{\"value\":{\"type\":\"datepicker\",\"selected_date\":\"2026-12-10\"}},"
        + "\"start\":{\"value\":{\"type\":\"timepicker\",\"selected_time\":\"09:30\"}},"
        + "\"end\":{\"value\":{\"type\":\"timepicker\"}},"
        + "\"place\":{\"value\":{\"type\":\"plain_text_input\"}},"
        + "\"kind\":{\"value\":{\"type\":\"static_select\",\"selected_option\":"
        + "{\"text\":{\"type\":\"plain_text\",\"text\":\"k\"},\"value\":\"meeting\"}}}}").getAsJsonObject();
  }
}
