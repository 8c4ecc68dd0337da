package nl.samen.agenda;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AgendaEndToEndTest {
  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @Test
  void items_areNumberedAndInOrder_withStartTimesFromTheMinutes() {
    assertThat(app.command(COORDINATOR, "agenda 1 add \"Opening\" 15m plenary").visible())
        .contains("Agendapunt *1. Opening* staat op de agenda van #1.");
    app.command(COORDINATOR, "agenda 1 add “Casus bespreken” subgroepen <@U0OTHER|other> 45 min");
    app.command(COORDINATOR, "agenda #1 toevoegen \"Afsluiting\" plenair");

    String agenda = app.command(MEMBER, "agenda 1").visible();

    assertThat(agenda).contains("*1.* 09:30 Opening _(15 min · plenary)_",
        "*2.* 09:45 Casus bespreken _(45 min · subgroups · <@U0OTHER>)_", "*3.* 10:30 Afsluiting _(plenary)_");
    assertThat(app.command(MEMBER, "agenda").visible()).contains("*1.* 09:30 Opening");
  }

  @Test
  void posting_putsTheAgendaInTheChannelOnce_andEveryChangeUpdatesThatMessageInPlace() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\" 15m plenary");
    assertThat(app.command(COORDINATOR, "agenda 1 post").visible()).contains("De agenda van #1 staat in het kanaal");

    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()) && c.text().contains("Agenda van #1"));
    assertThat(post.param("blocks")).contains("Agenda #1 Netwerkdag", "De Linde", "09:30", "Opening",
        "rsvp_yes", "rsvp_no", "rsvp_maybe").doesNotContain("workshop_open");
    String ts = posted(post);

    app.command(COORDINATOR, "agenda 1 add \"Pauze\" 15m");
    assertThat(update(ts, "Pauze").param("blocks")).contains("Opening", "09:45 Pauze");

    app.command(COORDINATOR, "workshop 1 add \"Rekenen\" capacity 2 round 1");
    assertThat(update(ts, "Rekenen").param("blocks")).contains("2 van 2 plekken vrij", "workshop_open", "Ronde 1");

    app.command(MEMBER, "workshop 1 choose 1");
    update(ts, "1 van 2 plekken vrij");

    app.command(COORDINATOR, "meeting 1 move 2026-12-04 10:00-16:00");
    assertThat(update(ts, "4 december 2026").param("blocks")).contains("10:00", "10:15 Pauze");

    app.command(COORDINATOR, "meeting 1 cancel");
    assertThat(update(ts, "afgelast").param("blocks")).doesNotContain("rsvp_yes", "workshop_open");
    app.drain();

    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> c.text().contains("Agenda van #1")).hasSize(1);
    assertThat(app.slack.calls("chat.update")).allMatch(c -> ts.equals(c.param("ts")) && CHANNEL.equals(c.channel()));
  }

  @Test
  void postingAgain_updatesTheSameMessage() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 post");
    var post = app.slack.await("chat.postMessage", c -> c.text().contains("Agenda van #1"));

    assertThat(app.command(COORDINATOR, "agenda 1 plaats").visible()).contains("De agenda van #1 in het kanaal is bijgewerkt");

    app.slack.await("chat.update", c -> posted(post).equals(c.param("ts")));
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> c.text().contains("Agenda van #1")).hasSize(1);
  }

  @Test
  void aChangeMadeWhileThePostStillWaitsForSlack_isNotLost() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.slack.failNext("chat.postMessage", 500, 1, java.util.Optional.empty());

    app.command(COORDINATOR, "agenda 1 post");
    app.command(COORDINATOR, "agenda 1 add \"Casus\"");

    var post = app.slack.await("chat.postMessage", c -> c.text().contains("Agenda van #1"));
    assertThat(app.slack.await("chat.update", c -> posted(post).equals(c.param("ts"))
        && c.param("blocks").contains("Casus")).channel()).isEqualTo(CHANNEL);
  }

  @Test
  void membersPropose_coordinatorsAreTold_andAcceptOrRemove() {
    assertThat(app.command(MEMBER, "agenda 1 propose \"Privacy in het leerlingdossier\"").visible())
        .contains("Your proposal *1. Privacy in het leerlingdossier* for #1 has gone to the coordinators");
    assertThat(app.slack.await("chat.postMessage", c -> COORDINATOR.equals(c.channel())).text())
        .contains("<@U0MEMBER> doet een voorstel voor de agenda van *#1 Netwerkdag*", "`/samen agenda 1 accepteer 1`");
    app.command(OTHER, "agenda 1 voorstel \"Nieuwe methode\"");

    String withProposals = app.command(COORDINATOR, "agenda 1").visible();
    assertThat(withProposals).contains("Er staan nog geen punten op de agenda", "Voorgestelde agendapunten",
        "*1.* Privacy in het leerlingdossier — voorgesteld door <@U0MEMBER>", "`/samen agenda 1 accepteer 1`");

    assertThat(app.command(MEMBER, "agenda 1 accept 1").visible()).contains("Only the network's coordinators");
    assertThat(app.command(COORDINATOR, "agenda 1 accepteer 1").visible())
        .contains("Agendapunt *1. Privacy in het leerlingdossier* is op de agenda van #1 gezet");
    assertThat(app.command(COORDINATOR, "agenda 1 accept 1").visible()).contains("Agendapunt 1 staat al op de agenda");
    assertThat(app.command(COORDINATOR, "agenda 1 verwijder 2").visible()).contains("is van de agenda van #1 gehaald");

    String agenda = app.command(MEMBER, "agenda 1").visible();
    assertThat(agenda).contains("*1.* 09:30 Privacy in het leerlingdossier").doesNotContain("Nieuwe methode", "Proposed");
  }

  @Test
  void aMemberMayWithdrawTheirOwnProposal_butNotAnythingElse() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(MEMBER, "agenda 1 propose \"Mijn punt\"");
    app.command(OTHER, "agenda 1 propose \"Ander punt\"");

    assertThat(app.command(MEMBER, "agenda 1 remove 1").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "agenda 1 remove 3").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "agenda 1 remove 2").visible()).contains("Item *2. Mijn punt* is removed");
    assertThat(app.command(MEMBER, "agenda 1").visible()).contains("Opening", "Ander punt").doesNotContain("Mijn punt");
  }

  @Test
  void membersCannotAddOrPost() {
    assertThat(app.command(MEMBER, "agenda 1 add \"Opening\"").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "agenda 1 post").visible()).contains("Only the network's coordinators");
    assertThat(app.command(MEMBER, "agenda 1").visible()).contains("No items on the agenda yet");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> c.text().contains("Agenda"));
  }

  @Test
  void badInput_isAnsweredWithWhatWasWrongAndTheUsage_andChangesNothing() {
    assertThat(app.command(COORDINATOR, "agenda 1 add").visible()).contains("tussen aanhalingstekens", "agenda <nr> toevoegen");
    assertThat(app.command(MEMBER, "agenda 1 add \"Opening\" 0m").visible()).contains("1 to 600 minutes");
    assertThat(app.command(MEMBER, "agenda 1 add \"Opening\" 20 seconds").visible()).contains("`seconds`");
    assertThat(app.command(MEMBER, "agenda 1 add \"Opening\" sideways").visible()).contains("`sideways`", "Usage:");
    assertThat(app.command(MEMBER, "agenda 1 add \"" + "x".repeat(151) + "\"").visible()).contains("at most 150 characters");
    assertThat(app.command(MEMBER, "agenda add \"Opening\"").visible()).contains("Expected a meeting number, but found `add`");
    assertThat(app.command(MEMBER, "agenda 1 shuffle").visible())
        .contains("Expected add, propose, accept, remove, move or post");
    assertThat(app.command(MEMBER, "agenda 1 accept").visible()).contains("Expected an item number");
    assertThat(app.command(COORDINATOR, "agenda 1 accept 7").visible()).contains("Bijeenkomst #1 heeft geen agendapunt 7");
    assertThat(app.command(MEMBER, "agenda 9").visible()).contains("There is no meeting #9");
    assertThat(app.command(MEMBER, "agenda 1 post now").visible()).contains("`now`");

    assertThat(app.command(MEMBER, "agenda 1").visible()).contains("No items on the agenda yet");
  }

  @Test
  void whatUsersType_isShownAsText_inTheChannel() {
    app.command(COORDINATOR, "agenda 1 add \"<!channel> *vet* <@U0MEMBER|member>\"");
    app.command(COORDINATOR, "agenda 1 post");

    String blocks = app.slack.await("chat.postMessage", c -> c.text().contains("Agenda van #1")).param("blocks");

    // Shown as names with a zero-width space after the @: no broadcast, no mention, no bold.
    assertThat(blocks).doesNotContain("<!channel>", "<@U0MEMBER>", " *vet* ")
        .contains("@\u200Bchannel", "@\u200Bmember", "*\u200Bvet");
  }

  @Test
  void aCancelledMeeting_takesNoAgendaChangesAndIsNotPosted() {
    app.command(COORDINATOR, "meeting 1 cancel");

    assertThat(app.command(COORDINATOR, "agenda 1 add \"Opening\"").visible()).contains("Bijeenkomst #1 is afgelast");
    assertThat(app.command(COORDINATOR, "agenda 1 post").visible()).contains("Bijeenkomst #1 is afgelast");
  }

  private FakeSlackApi.Call update(String ts, String text) {
    return app.slack.await("chat.update", c -> ts.equals(c.param("ts")) && c.param("blocks").contains(text));
  }

  /** The ts Slack gave the post, by which chat.update must find the same message. */
  private String posted(FakeSlackApi.Call post) {
    return app.slack.response(post).get("ts").getAsString();
  }
}
