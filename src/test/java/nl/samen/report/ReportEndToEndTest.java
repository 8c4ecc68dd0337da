package nl.samen.report;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.Sheets;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportEndToEndTest {
  private static final Pattern LINK = Pattern.compile("/report/([A-Za-z0-9_-]{43})");
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-09-14T08:00:00Z"));
    say(COORDINATOR, "setup \"IB-netwerk Noord\"");
    say(COORDINATOR, "school \"De Regenboog\"");
    say(MEMBER, "school \"De Regenboog\"");
    say(OTHER, "school “OBS 't Palet”");
    say(COORDINATOR, "meeting new \"Startbijeenkomst\" 2026-10-01 09:00-12:00");
    say(COORDINATOR, "meeting new \"Netwerkdag\" 2026-11-05 09:00-15:00 networkday");
    say(COORDINATOR, "meeting new \"Winteroverleg\" 2027-01-14 09:00");
    say(COORDINATOR, "meeting new \"Voorjaar\" 2027-03-11 09:00");
    say(COORDINATOR, "meeting new \"Slotbijeenkomst\" 2027-06-24 09:00");
    for (String user : List.of(COORDINATOR, MEMBER, OTHER)) {
      say(user, "rsvp 1 yes");
    }
    say(MEMBER, "rsvp 2 yes");
    say(OTHER, "rsvp 2 yes");
    say(COORDINATOR, "rsvp 4 yes");
    say(COORDINATOR, "meeting 3 cancel \"Sneeuw\"");

    say(COORDINATOR, "plan goal add \"Leesonderwijs <script>alert(1)</script>\"");
    say(COORDINATOR, "plan activity add 1 \"Kijkwijzer begrijpend lezen\" due 2026-12-01 owner <@U0MEMBER|member>");
    say(COORDINATOR, "plan activity add 1 \"Collegiale consultatie\" meeting 2");
    say(MEMBER, "plan progress 1 20% \"Werkgroep gestart\"");
    say(COORDINATOR, "plan budget set € 1.250,50");
    say(COORDINATOR, "plan budget spend 350,25 \"Spreker netwerkdag\"");

    app.clock.set(Instant.parse("2026-10-01T11:00:00Z"));
    say(COORDINATOR, "attendance 1 absent <@U0OTHER|other>");
    say(MEMBER, "plan progress 1 60% \"Concept besproken\"");
    say(MEMBER, "plan outcome 1 \"Kijkwijzer in gebruik op 6 scholen\"");
    say(COORDINATOR, "plan budget spend 99,99 \"Koffie, thee & lunch\"");
    app.clock.set(Instant.parse("2027-05-01T08:00:00Z"));
    focusThemes();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String say(String user, String text) {
    return app.command(user, text).visible();
  }

  /** The focus feature fills this table; here the rows are written as it would. */
  private void focusThemes() throws Exception {
    try (var db = app.db().connect();
        var insert = db.prepareStatement("""
            insert into focus_theme (team_id, school, school_year, theme, theme_key, added_by, added_at)
            values (?, ?, ?, ?, ?, 'U0X', '2026-09-01T00:00:00Z')""")) {
      String[][] rows = {
          {"De Regenboog", "2026-2027", "Rekenen", "rekenen"},
          {"OBS 't Palet", "2026-2027", "rekenen ", "rekenen"},
          {"OBS 't Palet", "2026-2027", "Burgerschap", "burgerschap"},
          {"De Regenboog", "2025-2026", "Oud speerpunt", "oud speerpunt"},
          {"Een andere school", "2026-2027", "Niet van ons", "niet van ons"}};
      for (String[] row : rows) {
        insert.setString(1, FakeSlackApi.TEAM);
        for (int i = 0; i < 4; i++) {
          insert.setString(i + 2, row[i]);
        }
        insert.executeUpdate();
      }
    }
  }

  private String report() {
    var ack = app.command(COORDINATOR, "jaarplan verantwoording");
    assertThat(ack.status()).isEqualTo(200);
    String reply = app.slack.await("response_url", c -> c.visible().contains("/report/")).visible();
    Matcher m = LINK.matcher(reply);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void theReport_isUploadedToTheCoordinator_asMarkdownAndAnAttendanceSpreadsheet() {
    String token = report();

    var open = app.slack.await("conversations.open", c -> true);
    assertThat(open.param("users")).isEqualTo(COORDINATOR);
    var urls = app.slack.awaitCount("files.getUploadURLExternal", c -> true, 2);
    assertThat(urls).extracting(c -> c.param("filename"))
        .containsExactly("ib-netwerk-noord-jaarverantwoording-2026-2027.md",
            "ib-netwerk-noord-jaarverantwoording-2026-2027-aanwezigheid.xlsx");
    var completes = app.slack.awaitCount("files.completeUploadExternal", c -> true, 2);
    assertThat(completes.get(0).param("channel_id")).isEqualTo("D" + COORDINATOR);
    assertThat(completes.get(0).param("initial_comment")).contains("/report/" + token);
    List<FakeSlackApi.Call> uploads = app.slack.awaitCount("upload", c -> true, 2);

    String markdown = uploads.stream().map(FakeSlackApi.Call::body).filter(b -> b.contains("# Jaarverantwoording"))
        .findFirst().orElseThrow();
    assertThat(markdown).contains(
        "# Jaarverantwoording 2026-2027 · IB-netwerk Noord",
        "### Doel #1: Leesonderwijs \\<script\\>alert(1)\\</script\\>",
        "| #1 | Kijkwijzer begrijpend lezen | #1 | loopt | ▓▓▓▓▓▓░░░░ 60% | u0member | di 1 december 2026 |",
        "- ma 14 september 2026 · u0member · 20% — Werkgroep gestart",
        "- do 1 oktober 2026 · u0member · 60% — Concept besproken",
        "- Kijkwijzer in gebruik op 6 scholen (u0member, do 1 oktober 2026)",
        "3 bijeenkomsten gehouden; samen 5 keer aanwezig, gemiddeld 1,7 per bijeenkomst.",
        "| #1 | do 1 oktober 2026 | Startbijeenkomst | bijeenkomst | 2 | presentielijst |",
        "| #2 | do 5 november 2026 | Netwerkdag | netwerkdag | 2 | ja-antwoorden\\* |",
        "| #4 | do 11 maart 2027 | Voorjaar | bijeenkomst | 1 | ja-antwoorden\\* |",
        "\\* Voor deze bijeenkomsten is geen aanwezigheid geregistreerd: wie ja antwoordde, is als aanwezig geteld.",
        "| De Regenboog | 2 | 2 | 1 | 1 | 4 | 67% |",
        "| OBS 't Palet | 1 | 0 | 1 | 0 | 1 | 33% |",
        "| Totaal | 3 | 2 | 2 | 1 | 5 | 56% |",
        "| Spreker netwerkdag | € 350,25 |", "| Koffie, thee & lunch | € 99,99 |", "| Budget vastgesteld |  | € 1.250,50 |",
        "Budget € 1.250,50; besteed € 450,24 in 2 posten; over € 800,26.",
        "- Rekenen: De Regenboog, OBS 't Palet", "- Burgerschap: OBS 't Palet");
    assertThat(markdown).doesNotContain("Winteroverleg", "Slotbijeenkomst", "Oud speerpunt", "Niet van ons");

    Sheets.Opened sheet = app.slack.uploadedBytes().stream().filter(Sheets::isWorkbook).map(Sheets::open)
        .findFirst().orElseThrow();
    assertThat(sheet.formulas()).isEmpty();
    assertThat(sheet.rows()).contains(
        List.of("bijeenkomst", "datum", "titel", "naam", "gebruikers-id", "school", "aanwezig", "bron"),
        List.of("1", "2026-10-01", "Startbijeenkomst", "u0coord", "U0COORD", "De Regenboog", "ja", "presentielijst"),
        List.of("1", "2026-10-01", "Startbijeenkomst", "u0other", "U0OTHER", "OBS 't Palet", "nee", "presentielijst"),
        List.of("2", "2026-11-05", "Netwerkdag", "u0member", "U0MEMBER", "De Regenboog", "ja", "ja-antwoorden"),
        List.of("4", "2027-03-11", "Voorjaar", "u0coord", "U0COORD", "De Regenboog", "ja", "ja-antwoorden"));
  }

  @Test
  void theReportPage_showsTheReportPrintably_withEverythingUserTypedEscaped() {
    String token = report();

    var page = app.get("/report/" + token);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(page.body()).contains(
        "<h1>Jaarverantwoording 2026-2027 · IB-netwerk Noord</h1>",
        "<h3>Doel #1: Leesonderwijs &lt;script&gt;alert(1)&lt;/script&gt;</h3>",
        "<td class=\"bar\">▓▓▓▓▓▓░░░░ 60%</td>",
        "<li>do 1 oktober 2026 · u0member · 60% — Concept besproken</li>",
        "<h2>Gehouden bijeenkomsten</h2>", "<td>Startbijeenkomst</td>", "<td>OBS &#39;t Palet</td>",
        "<td>Koffie, thee &amp; lunch</td>", "besteed € 450,24", "@media print");
    assertThat(page.body()).doesNotContain("<script>", "Winteroverleg");
  }

  @Test
  void unknownMalformedAndExpiredLinks_get404_andRevealNothing() {
    String token = report();
    var unknown = app.get("/report/" + "A".repeat(43));
    var malformed = app.get("/report/abc");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("Not found");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).isEqualTo("Not found");

    app.clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(app.get("/report/" + token).statusCode()).isEqualTo(200);
    app.clock.advance(Duration.ofSeconds(1));
    var expired = app.get("/report/" + token);
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(expired.body()).isEqualTo("Not found");
  }

  @Test
  void onlyACoordinator_getsTheReport() {
    assertThat(say(MEMBER, "plan report")).contains("Only the network's coordinators");
    assertThat(say(OTHER, "jaarplan verantwoording 2026-2027")).contains("Dat kunnen alleen de coördinatoren");
    app.drain();
    assertThat(app.slack.calls("files.getUploadURLExternal")).isEmpty();
  }

  @Test
  void aReportOfAnEarlierYear_hasThatYearsPlanOnly_andNoMeetingsOfOtherYears() {
    var ack = app.command(COORDINATOR, "plan report 2025-2026");
    assertThat(ack.status()).isEqualTo(200);
    var reply = app.slack.await("response_url", c -> c.visible().contains("/report/"));
    assertThat(reply.visible()).contains("jaarverantwoording 2025-2026", "0 activiteiten, 0 bijeenkomsten");
  }

  @Test
  void whenSlackRefusesTheFiles_theCoordinatorStillGetsTheLink() {
    app.slack.failNext("files.getUploadURLExternal", 500, 1, java.util.Optional.empty());

    var ack = app.command(COORDINATOR, "plan report");

    assertThat(ack.status()).isEqualTo(200);
    var reply = app.slack.await("response_url", c -> c.visible().contains("/report/"));
    assertThat(reply.visible()).contains("Slack nam de bestanden niet aan");
    Matcher m = LINK.matcher(reply.visible());
    assertThat(m.find()).isTrue();
    assertThat(app.get("/report/" + m.group(1)).statusCode()).isEqualTo(200);
  }
}
