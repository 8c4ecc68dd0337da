package nl.samen.agenda;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The "Notuleren" form under the posted agenda of network day #1 (3 December 2026, 09:30 in Amsterdam). */
class MinutesFormEndToEndTest {
  private static final Instant DURING = Instant.parse("2026-12-03T09:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  private void agendaPostedAndStarted() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\" <@U0OTHER|other>");
    app.command(COORDINATOR, "agenda 1 plaats");
    var posted = app.slack.await("chat.postMessage", c -> c.text().startsWith("Agenda van #1"));
    assertThat(posted.param("blocks")).contains(MinutesModal.ACTION_OPEN, "Notuleren");
    app.clock.set(DURING);
  }

  private JsonObject openedView() {
    return JsonParser.parseString(app.slack.await("views.open", c -> true).param("view")).getAsJsonObject();
  }

  @Test
  void theButton_opensTheFormWithEveryItemForACoordinator_andOnlyTheirOwnForAnItemsOwner() {
    agendaPostedAndStarted();

    app.client().click(COORDINATOR, CHANNEL, MinutesModal.ACTION_OPEN, "1");

    JsonObject view = openedView();
    assertThat(view.get("callback_id").getAsString()).isEqualTo(MinutesModal.CALLBACK_ID);
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("1");
    assertThat(view.toString()).contains("1. Opening", "2. Rekenbeleid", "users_select", "datepicker");
    assertThat(BlockKitLimits.problems(app.slack.calls("views.open").get(0))).isEmpty();

    app.client().click(OTHER, CHANNEL, MinutesModal.ACTION_OPEN, "1");

    var own = app.slack.awaitCount("views.open", c -> true, 2).get(1).param("view");
    assertThat(own).contains("2. Rekenbeleid").doesNotContain("1. Opening");
  }

  @Test
  void aMemberWhoOwnsNoItem_isRefusedPolitely_andNoFormOpens() {
    agendaPostedAndStarted();

    app.client().click(MEMBER, CHANNEL, MinutesModal.ACTION_OPEN, "1");

    var answer = app.slack.await("response_url", c -> c.json().toString().contains("minutes"));
    assertThat(answer.json().get("text").getAsString())
        .isEqualTo(":warning: Only the network's coordinators and the item's owner can write minutes.");
    app.drain();
    assertThat(app.slack.calls("views.open")).isEmpty();
  }

  @Test
  void aNoteFromTheForm_isRecordedAsByCommand_andThePostedMinutesUpdateInPlace() {
    agendaPostedAndStarted();
    app.command(COORDINATOR, "notulen 1 besluit 1 \"Start om half tien\"");
    app.command(COORDINATOR, "notulen 1 plaats");
    var post = app.slack.await("chat.postMessage", c -> c.text().contains("Notulen van #1"));
    String ts = app.slack.response(post).get("ts").getAsString();

    var ack = app.client().submit(OTHER, MinutesModal.CALLBACK_ID, "1", new ModalValues()
        .option("item", "2").option("kind", "note").text("text", "Evaluatie in maart").json()).json();

    assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
    assertThat(ack.get("view").toString()).contains("Notitie vastgelegd bij agendapunt *2. Rekenbeleid* van #1");
    var update = app.slack.await("chat.update", c -> c.param("blocks").contains("Evaluatie in maart"));
    assertThat(update.param("ts")).isEqualTo(ts);
    assertThat(app.command(MEMBER, "minutes 1").visible()).contains("*Decision:* Start om half tien",
        "• Evaluatie in maart");
  }

  @Test
  void anActionFromTheForm_needsOwnerAndDueDate_andThenStandsAmongTheOpenActions() {
    agendaPostedAndStarted();
    ModalValues action = new ModalValues().option("item", "1").option("kind", "action").text("text", "Rooster delen");

    var missing = app.client().submit(COORDINATOR, MinutesModal.CALLBACK_ID, "1", action.json()).json();

    assertThat(missing.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(missing.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder("owner", "due");
    var ack = app.client().submit(COORDINATOR, MinutesModal.CALLBACK_ID, "1",
        action.user("owner", MEMBER).date("due", "2026-12-20").json()).json();
    assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
    assertThat(app.command(MEMBER, "actions").visible()).contains("Rooster delen", "<@U0MEMBER>");
  }

  @Test
  void refusals_areShownAsErrorsInTheForm() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    JsonObject note = new ModalValues().option("item", "1").option("kind", "note").text("text", "Te vroeg").json();

    var early = app.client().submit(COORDINATOR, MinutesModal.CALLBACK_ID, "1", note).json();
    assertThat(early.getAsJsonObject("errors").get("item").getAsString()).contains("nog niet begonnen");
    app.clock.set(DURING);
    var member = app.client().submit(MEMBER, MinutesModal.CALLBACK_ID, "1", note).json();
    assertThat(member.getAsJsonObject("errors").get("item").getAsString()).contains("Only the network's coordinators");
    var unknown = app.client().submit(COORDINATOR, MinutesModal.CALLBACK_ID, "99", note).json();
    assertThat(unknown.getAsJsonObject("errors").get("item").getAsString()).contains("geen bijeenkomst #99");
    var tooLong = app.client().submit(COORDINATOR, MinutesModal.CALLBACK_ID, "1", new ModalValues()
        .option("item", "1").option("kind", "note").text("text", "x".repeat(1001)).json()).json();
    assertThat(tooLong.getAsJsonObject("errors").get("text").getAsString()).contains("1000");
    assertThat(app.command(COORDINATOR, "notulen 1").visible()).contains("Nog geen notulen");
  }

  @Test
  void fortyItemsWithLongTitles_fitSlacksLimitsForOptions() {
    for (int i = 1; i <= 40; i++) {
      app.command(COORDINATOR, "agenda 1 add \"" + ("Punt " + i + " ").repeat(30).substring(0, 150) + "\"");
    }
    app.clock.set(DURING);

    app.client().click(COORDINATOR, CHANNEL, MinutesModal.ACTION_OPEN, "1");

    JsonObject view = openedView();
    var options = view.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonObject("element")
        .getAsJsonArray("options");
    assertThat(options).hasSize(40);
    options.forEach(o -> assertThat(o.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
        .hasSizeLessThanOrEqualTo(75));
    assertThat(BlockKitLimits.viewProblems(view.toString())).isEmpty();
  }
}
