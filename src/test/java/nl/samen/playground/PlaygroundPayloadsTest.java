package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The payloads the playground builds read back through Bolt's own parser with the fields Samen uses. */
class PlaygroundPayloadsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final SlackRequestParser parser = new SlackRequestParser(AppConfig.builder().build());

  @Test
  void aChoiceInAMessage_isABlockActionWithTheChosenOption_theChannel_andAResponseUrl() {
    JsonArray blocks = BlockIds.filled(JsonParser.parseString("""
        [{"type":"section","text":{"type":"mrkdwn","text":"Kies"},
          "accessory":{"type":"static_select","action_id":"pick","options":[
            {"text":{"type":"plain_text","text":"Ronde 1"},"value":"r1"},
            {"text":{"type":"plain_text","text":"Ronde 2"},"value":"r2"}]}},
         {"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Ja"},"value":"7"}]}]
        """).getAsJsonArray());
    Message message = new Message("1700000000.000100", Workspace.CHANNEL, Message.Kind.BOT, Optional.empty(),
        "Kies", blocks, List.of(), false);
    JsonObject select = ViewState.find(blocks, "b0", "pick").orElseThrow();

    BlockActionRequest request = (BlockActionRequest) parse(Payloads.messageAction(Workspace.BRAM, message,
        Payloads.action(select, "b0", List.of("r2")), "trigger.1", "http://127.0.0.1:1/response/x", NOW));

    var payload = request.getPayload();
    assertThat(payload.getUser().getId()).isEqualTo(Workspace.BRAM.id());
    assertThat(payload.getTeam().getId()).isEqualTo(Workspace.TEAM);
    assertThat(payload.getChannel().getId()).isEqualTo(Workspace.CHANNEL);
    assertThat(payload.getContainer().getMessageTs()).isEqualTo("1700000000.000100");
    assertThat(payload.getResponseUrl()).isEqualTo("http://127.0.0.1:1/response/x");
    assertThat(payload.getTriggerId()).isEqualTo("trigger.1");
    assertThat(payload.getMessage().getBlocks()).hasSize(2);
    assertThat(payload.getActions().get(0).getSelectedOption().getValue()).isEqualTo("r2");
    assertThat(payload.getActions().get(0).getActionId()).isEqualTo("pick");
    JsonObject button = ViewState.find(blocks, "b1", "b1-a0").orElseThrow();
    assertThat(Payloads.action(button, "b1", List.of()).get("value").getAsString()).isEqualTo("7");
  }

  @Test
  void aSubmittedModal_carriesTypedStateValues_withInitialValuesForUntouchedFields() {
    OpenView modal = new OpenView("V0PG1", Workspace.ANOUK.id(), JsonParser.parseString("""
        {"type":"modal","callback_id":"meeting_new","private_metadata":"C0NETWERKIB","blocks":[
         {"type":"input","block_id":"title","element":{"type":"plain_text_input","action_id":"value"},"label":{"type":"plain_text","text":"T"}},
         {"type":"input","block_id":"date","element":{"type":"datepicker","action_id":"value"},"label":{"type":"plain_text","text":"D"}},
         {"type":"input","block_id":"start","element":{"type":"timepicker","action_id":"value","initial_time":"09:30"},"label":{"type":"plain_text","text":"S"}},
         {"type":"input","block_id":"place","optional":true,"element":{"type":"plain_text_input","action_id":"value","multiline":true},"label":{"type":"plain_text","text":"P"}},
         {"type":"input","block_id":"kind","element":{"type":"static_select","action_id":"value",
           "options":[{"text":{"type":"plain_text","text":"Bijeenkomst"},"value":"meeting"},{"text":{"type":"plain_text","text":"Netwerkdag"},"value":"networkday"}],
           "initial_option":{"text":{"type":"plain_text","text":"Bijeenkomst"},"value":"meeting"}},"label":{"type":"plain_text","text":"K"}},
         {"type":"input","block_id":"who","element":{"type":"checkboxes","action_id":"value",
           "options":[{"text":{"type":"plain_text","text":"A"},"value":"a"},{"text":{"type":"plain_text","text":"B"},"value":"b"}]},"label":{"type":"plain_text","text":"W"}}]}
        """).getAsJsonObject(), Map.of());
    ViewState.Raw entered = new ViewState.Raw(Map.of(
        "title", Map.of("value", List.of("Netwerkdag voorjaar")),
        "date", Map.of("value", List.of("2027-03-18")),
        "kind", Map.of("value", List.of("networkday")),
        "who", Map.of("value", List.of("a", "b"))));
    JsonObject values = ViewState.values(modal.view().getAsJsonArray("blocks"), entered);

    ViewSubmissionRequest request = (ViewSubmissionRequest) parse(
        Payloads.viewSubmission(Workspace.ANOUK, modal, values, "trigger.2"));

    var view = request.getPayload().getView();
    var state = view.getState().getValues();
    assertThat(view.getCallbackId()).isEqualTo("meeting_new");
    assertThat(view.getPrivateMetadata()).isEqualTo(Workspace.CHANNEL);
    assertThat(state.get("title").get("value").getValue()).isEqualTo("Netwerkdag voorjaar");
    assertThat(state.get("date").get("value").getSelectedDate()).isEqualTo("2027-03-18");
    assertThat(state.get("start").get("value").getSelectedTime()).isEqualTo("09:30");
    assertThat(state.get("place").get("value").getValue()).isNull();
    assertThat(state.get("kind").get("value").getSelectedOption().getValue()).isEqualTo("networkday");
    assertThat(state.get("who").get("value").getSelectedOptions()).extracting(o -> o.getValue()).containsExactly("a", "b");
    assertThat(request.getPayload().getUser().getId()).isEqualTo(Workspace.ANOUK.id());
  }

  @Test
  void blocksWithoutIds_getThemAsSlackGivesThem() {
    JsonArray blocks = BlockIds.filled(JsonParser.parseString("""
        [{"type":"divider"},{"type":"actions","block_id":"rsvp_1","elements":[
          {"type":"button","action_id":"rsvp_yes","text":{"type":"plain_text","text":"Ja"}},
          {"type":"button","text":{"type":"plain_text","text":"Nee"}}]}]
        """).getAsJsonArray());

    assertThat(blocks.get(0).getAsJsonObject().get("block_id").getAsString()).isEqualTo("b0");
    JsonArray elements = blocks.get(1).getAsJsonObject().getAsJsonArray("elements");
    assertThat(elements.get(0).getAsJsonObject().get("action_id").getAsString()).isEqualTo("rsvp_yes");
    assertThat(elements.get(1).getAsJsonObject().get("action_id").getAsString()).isEqualTo("rsvp_1-a1");
  }

  private Request<?> parse(JsonObject payload) {
    String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    return parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri("/slack/events")
        .headers(new RequestHeaders(Map.of("Content-Type", List.of("application/x-www-form-urlencoded"))))
        .requestBody(body)
        .remoteAddress("127.0.0.1")
        .build());
  }
}
