package nl.samen.workshop;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkshopModalEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 1");
    app.command(COORDINATOR, "workshop 1 add \"Lezen\" capacity 8");
    app.command(COORDINATOR, "workshop 1 add \"Gedrag in de klas\" capacity 6 round 2");
  }

  @Test
  void theButton_opensThePicker_withOneSelectPerRound_showingSeatsLeft_andTheCurrentChoice() {
    app.command(OTHER, "workshop 1 choose 1");
    app.command(MEMBER, "workshop 1 choose 2");

    var answer = app.client().click(MEMBER, CHANNEL, WorkshopViews.ACTION_OPEN, "1");

    assertThat(answer.status()).isEqualTo(200);
    JsonObject view = JsonParser.parseString(app.slack.await("views.open", c -> true).param("view")).getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo(WorkshopModal.CALLBACK_ID);
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("1");
    var blocks = view.getAsJsonArray("blocks");
    assertThat(blocks.get(1).getAsJsonObject().get("block_id").getAsString()).isEqualTo("round_1");
    assertThat(blocks.get(2).getAsJsonObject().get("block_id").getAsString()).isEqualTo("round_2");
    String round1 = blocks.get(1).toString();
    assertThat(round1).contains("1. Rekenen — full, waitlist (0)", "2. Lezen — 7 seats left",
        "No workshop in this round", "static_select");
    assertThat(blocks.get(1).getAsJsonObject().getAsJsonObject("element").getAsJsonObject("initial_option")
        .get("value").getAsString()).isEqualTo("2");
    assertThat(blocks.get(2).toString()).contains("3. Gedrag in de klas — 6 seats left")
        .doesNotContain("initial_option", "No workshop in this round");
  }

  @Test
  void submittingThePicker_doesWhatTheCommandsDo_andConfirmsInTheModal() {
    app.command(OTHER, "workshop 1 choose 1");

    var answer = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1", picks(Map.of(1, "1", 2, "3")));

    JsonObject ack = answer.json();
    assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
    assertThat(ack.get("view").toString()).contains("*1. Rekenen* (round 1) is full: you are number 1 on its waitlist",
        "You have a seat in *3. Gedrag in de klas* (round 2)", "the answer to #1 is now *yes*");
    assertThat(app.command(MEMBER, "workshops 1").visible()).contains("You are number 1 on the waitlist", "You have a seat here");
    assertThat(app.command(MEMBER, "meetings").visible()).contains("Your answer: *yes*");
  }

  @Test
  void choosingNoWorkshopInARound_dropsTheChoice_andTheSeatGoesToTheWaitlist() {
    app.command(MEMBER, "workshop 1 choose 1");
    app.command(OTHER, "workshop 1 choose 1");

    var ack = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1",
        picks(Map.of(1, Integer.toString(WorkshopModal.NONE)))).json();

    assertThat(ack.get("view").toString()).contains("You are no longer signed up for *1. Rekenen*");
    assertThat(app.slack.await("chat.postMessage", c -> OTHER.equals(c.channel())).text())
        .contains("Er is een plek vrijgekomen");
  }

  @Test
  void errors_areShownInTheModal_andChangeNothing() {
    var nothing = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1", new JsonObject()).json();
    assertThat(nothing.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(nothing.getAsJsonObject("errors").get("round_1").getAsString())
        .isEqualTo("Choose a workshop in at least one round.");

    var stale = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1", picks(Map.of(2, "9"))).json();
    assertThat(stale.getAsJsonObject("errors").get("round_2").getAsString()).contains("no workshop 9");

    app.clock.set(NetworkDayFixture.DEADLINE);
    var late = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "1", picks(Map.of(1, "2"))).json();
    assertThat(late.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(late.getAsJsonObject("errors").get("round_1").getAsString()).startsWith("Choosing closed on");

    assertThat(app.command(COORDINATOR, "workshops 1").visible()).doesNotContain("<@U0MEMBER>");
  }

  @Test
  void aPickerForAMeetingThatIsGone_saysSoInTheModal() {
    var ack = app.client().submit(MEMBER, WorkshopModal.CALLBACK_ID, "42", picks(Map.of(1, "1"))).json();

    assertThat(ack.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(ack.getAsJsonObject("errors").get("round_1").getAsString()).isEqualTo("There is no meeting #42.");
  }

  @Test
  void theButton_afterTheDeadline_saysSoInsteadOfOpeningThePicker() {
    app.clock.set(NetworkDayFixture.DEADLINE);

    app.client().click(MEMBER, CHANNEL, WorkshopViews.ACTION_OPEN, "1");

    assertThat(app.slack.await("response_url", c -> true).visible()).contains("Choosing closed on");
    app.drain();
    assertThat(app.slack.calls("views.open")).isEmpty();
  }

  @Test
  void theButton_forAMeetingThatIsGone_saysSo() {
    app.client().click(MEMBER, CHANNEL, WorkshopViews.ACTION_OPEN, "42");

    assertThat(app.slack.await("response_url", c -> true).visible()).contains("There is no meeting #42");
    app.drain();
    assertThat(app.slack.calls("views.open")).isEmpty();
  }

  /** The state values Slack sends: block "round_r", action "workshop", the selected option's value. */
  static JsonObject picks(Map<Integer, String> byRound) {
    JsonObject values = new JsonObject();
    byRound.forEach((round, value) -> {
      JsonObject option = new JsonObject();
      option.addProperty("value", value);
      JsonObject text = new JsonObject();
      text.addProperty("type", "plain_text");
      text.addProperty("text", "option " + value);
      option.add("text", text);
      JsonObject select = new JsonObject();
      select.addProperty("type", "static_select");
      select.add("selected_option", option);
      JsonObject block = new JsonObject();
      block.add(WorkshopModal.ACTION, select);
      values.add(WorkshopModal.blockId(round), block);
    });
    return values;
  }
}
