package nl.samen.agenda;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Minutes per agenda item (network day #1 starts 3 December 2026, 09:30 in Amsterdam). */
class MinutesEndToEndTest {
  private static final Instant DURING = Instant.parse("2026-12-03T09:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @Test
  void coordinatorsAndTheItemsOwnerWriteNotesAndDecisions_andEveryMemberReadsThemPerItem() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.command(COORDINATOR, "agenda 1 add \"Rekenbeleid\" <@U0OTHER|other>");
    app.clock.set(DURING);

    assertThat(app.command(COORDINATOR, "notulen 1 besluit 2 \"We kiezen *Pluspunt*\"").visible())
        .contains("Besluit vastgelegd bij agendapunt *2. Rekenbeleid* van #1");
    assertThat(app.command(OTHER, "minutes 1 note 2 \"Evaluatie in maart\"").visible())
        .contains("Notitie vastgelegd bij agendapunt *2. Rekenbeleid* van #1");
    var minutes = app.command(MEMBER, "minutes 1");

    assertThat(minutes.visible()).contains("Minutes #1 Netwerkdag", "*2. Rekenbeleid*",
        "*Decision:* We kiezen", "• Evaluatie in maart").doesNotContain("Opening");
    assertThat(minutes.visible().indexOf("Decision")).isLessThan(minutes.visible().indexOf("Evaluatie"));
    assertThat(BlockKitLimits.ackProblems(minutes.body())).isEmpty();
  }

  @Test
  void membersWhoDoNotOwnTheItem_areRefused_andNothingIsWritten() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\" <@U0OTHER|other>");
    app.clock.set(DURING);

    assertThat(app.command(MEMBER, "minutes 1 decision 1 \"Alles anders\"").visible())
        .contains("Only the network's coordinators and the item's owner");
    assertThat(app.command(MEMBER, "minutes 1").visible()).contains("No minutes yet").doesNotContain("Alles anders");
  }

  @Test
  void beforeTheMeetingStarts_orForAnUnknownItem_nothingIsWritten() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");

    assertThat(app.command(COORDINATOR, "notulen 1 notitie 1 \"Te vroeg\"").visible())
        .contains("Bijeenkomst #1 is nog niet begonnen");
    app.clock.set(DURING);
    assertThat(app.command(COORDINATOR, "notulen 1 notitie 7 \"Mis\"").visible()).contains("geen agendapunt 7");
    assertThat(app.command(COORDINATOR, "notulen 1").visible()).contains("Nog geen notulen");
  }

  @Test
  void aTextLongerThanTheCap_isRefusedNamingTheCap() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.clock.set(DURING);

    String answer = app.command(COORDINATOR, "minutes 1 note 1 \"" + "x".repeat(1001) + "\"").visible();

    assertThat(answer).contains("1000");
    assertThat(app.command(COORDINATOR, "notulen 1").visible()).contains("Nog geen notulen");
  }

  @Test
  void exportHoldsTheMinutesSomeoneWrote_andForgetKeepsThemWithoutTheirName() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\" <@U0OTHER|other>");
    app.clock.set(DURING);
    app.command(OTHER, "minutes 1 note 1 \"Welkom door Other\"");

    app.command(OTHER, "privacy export");
    String body = app.slack.awaitCount("upload", c -> true, 1).get(0).body();
    var data = JsonParser.parseString(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1))
        .getAsJsonObject().getAsJsonObject("data");
    assertThat(data.getAsJsonArray("minutes").toString()).contains("Welkom door Other", "\"kind\":\"note\"");

    app.command(OTHER, "privacy forget confirm");
    String writer = app.db().jdbi().withHandle(h -> h.createQuery("select written_by from agenda_minute")
        .mapTo(String.class).one());
    assertThat(writer).startsWith("forgotten-");
    assertThat(app.command(MEMBER, "minutes 1").visible()).contains("Welkom door Other");
  }

  @Test
  void posting_putsTheMinutesInTheChannelOnce_andEveryNewEntryUpdatesThatMessageInPlace() {
    app.command(COORDINATOR, "agenda 1 add \"Opening\"");
    app.clock.set(DURING);
    app.command(COORDINATOR, "notulen 1 besluit 1 \"Start om half tien\"");

    assertThat(app.command(MEMBER, "minutes 1 post").visible()).contains("Only the network's coordinators");
    assertThat(app.command(COORDINATOR, "notulen 1 plaats").visible())
        .contains("De notulen van #1 staan in het kanaal");
    var post = app.slack.await("chat.postMessage",
        c -> CHANNEL.equals(c.channel()) && c.text().contains("Notulen van #1"));
    assertThat(post.param("blocks")).contains("Notulen #1 Netwerkdag", "Start om half tien");
    assertThat(BlockKitLimits.problems(post)).isEmpty();
    String ts = app.slack.response(post).get("ts").getAsString();

    app.command(COORDINATOR, "notulen 1 notitie 1 \"Iedereen aanwezig\"");

    var update = app.slack.await("chat.update", c -> c.param("blocks").contains("Iedereen aanwezig"));
    assertThat(update.param("ts")).isEqualTo(ts);
    assertThat(update.param("blocks")).contains("Start om half tien");
    assertThat(app.command(COORDINATOR, "notulen 1 plaats").visible()).contains("in het kanaal zijn bijgewerkt");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> c.text().contains("Notulen van #1")).hasSize(1);
    assertThat(app.slack.calls("chat.update")).allMatch(c -> ts.equals(c.param("ts")) && CHANNEL.equals(c.channel()));
  }
}
