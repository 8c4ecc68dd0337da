package nl.samen.report;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The annual report's decisions and actions: meetings #1 (1 October 2026) and #2 (5 November) were
 * held, #3 (11 March 2027) not yet when the report is made on 10 January 2027.
 */
class ReportActionsEndToEndTest {
  private static final Pattern LINK = Pattern.compile("/report/([A-Za-z0-9_-]{43})");
  private TestApp app;

  @BeforeEach
  void aYearOfMeetingsWithMinutesAndActions() throws Exception {
    app = new TestApp(MutableClock.at("2026-09-14T08:00:00Z"));
    say(COORDINATOR, "setup \"IB-netwerk Noord\"");
    say(COORDINATOR, "meeting new \"Startbijeenkomst\" 2026-10-01 09:00-12:00");
    say(COORDINATOR, "meeting new \"Netwerkdag\" 2026-11-05 09:00-15:00 networkday");
    say(COORDINATOR, "meeting new \"Voorjaar\" 2027-03-11 09:00");
    for (int meeting = 1; meeting <= 3; meeting++) {
      say(COORDINATOR, "agenda " + meeting + " add \"Rooster\"");
    }
    at("2026-10-01T08:00:00Z");
    say(COORDINATOR, "minutes 1 decision 1 \"Rooster <b>vast</b> per 1 november\"");
    say(COORDINATOR, "minutes 1 note 1 \"Een praatje dat niet in de verantwoording hoort\"");
    say(COORDINATOR, "action add 1 1 \"Rooster delen\" owner <@U0MEMBER|m> due 2026-10-10");
    say(COORDINATOR, "action add 1 1 \"Lokaal boeken\" owner <@U0OTHER|o> due 2026-10-15");
    at("2026-10-08T12:00:00Z");
    say(MEMBER, "action 1 done");
    at("2026-10-20T12:00:00Z");
    say(OTHER, "action 2 done \"Eindelijk\"");
    at("2026-11-05T09:00:00Z");
    say(COORDINATOR, "notulen 2 besluit 1 \"Netwerkdag volgend jaar weer\"");
    say(COORDINATOR, "action add 2 1 \"Kijkwijzer maken\" owner <@U0MEMBER|m> due 2026-12-01");
    say(COORDINATOR, "action add 2 1 \"Evaluatie\" owner <@U0COORD|c> due 2027-02-01");
    at("2027-01-10T08:00:00Z");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void theMarkdown_hasEachMeetingsDecisionsAndActionsWithOwnerAndState_andTheYearsCount() {
    report();

    String markdown = app.slack.awaitCount("upload", c -> true, 2).stream().map(FakeSlackApi.Call::body)
        .filter(b -> b.contains("# Jaarverantwoording")).findFirst().orElseThrow();
    assertThat(markdown).contains("## Besluiten en acties",
        "Afgesproken actiepunten: 4. Op tijd klaar: 1; te laat klaar: 1; nog open: 2 (over de datum: 1).",
        "### #1 Startbijeenkomst · do 1 oktober 2026", "- Rooster \\<b\\>vast\\</b\\> per 1 november",
        "| 1 | Rooster delen | u0member | za 10 oktober 2026 | klaar do 8 oktober 2026 |",
        "| 2 | Lokaal boeken | u0other | do 15 oktober 2026 | te laat klaar, di 20 oktober 2026 |",
        "### #2 Netwerkdag · do 5 november 2026", "- Netwerkdag volgend jaar weer",
        "| 3 | Kijkwijzer maken | u0member | di 1 december 2026 | over de datum |",
        "| 4 | Evaluatie | u0coord | ma 1 februari 2027 | open |")
        .doesNotContain("praatje", "Voorjaar");
  }

  @Test
  void thePrintablePage_showsTheSame_withWhatPeopleTypedEscaped() {
    String token = report();

    String page = app.get("/report/" + token).body();

    assertThat(page).contains("<h2>Besluiten en acties</h2>", "<li>Rooster &lt;b&gt;vast&lt;/b&gt; per 1 november</li>",
        "<td>Kijkwijzer maken</td>", "<td>over de datum</td>", "<td>te laat klaar, di 20 oktober 2026</td>")
        .doesNotContain("<b>vast</b>");
  }

  @Test
  void theSpreadsheet_hasAnActionsSheet_besideTheAttendance() {
    report();

    byte[] workbook = app.slack.uploadedBytes().stream().filter(Sheets::isWorkbook).findFirst().orElseThrow();
    assertThat(Sheets.open(workbook).rows().get(0)).contains("aanwezig");
    assertThat(Sheets.rows(workbook, "Acties")).containsExactly(
        List.of("bijeenkomst", "datum", "titel", "actie", "wat", "eigenaar", "gebruikers-id", "uiterlijk", "stand",
            "klaar op"),
        List.of("1", "2026-10-01", "Startbijeenkomst", "1", "Rooster delen", "u0member", "U0MEMBER", "2026-10-10",
            "op tijd klaar", "2026-10-08"),
        List.of("1", "2026-10-01", "Startbijeenkomst", "2", "Lokaal boeken", "u0other", "U0OTHER", "2026-10-15",
            "te laat klaar", "2026-10-20"),
        List.of("2", "2026-11-05", "Netwerkdag", "3", "Kijkwijzer maken", "u0member", "U0MEMBER", "2026-12-01",
            "over de datum", ""),
        List.of("2", "2026-11-05", "Netwerkdag", "4", "Evaluatie", "u0coord", "U0COORD", "2027-02-01", "open", ""));
  }

  @Test
  void aForgottenOwner_isAFormerMemberInTheReport() {
    say(OTHER, "privacy forget confirm");

    report();

    String markdown = app.slack.awaitCount("upload", c -> true, 2).stream().map(FakeSlackApi.Call::body)
        .filter(b -> b.contains("# Jaarverantwoording")).findFirst().orElseThrow();
    assertThat(markdown).contains("| 2 | Lokaal boeken | voormalig lid | do 15 oktober 2026 |").doesNotContain("u0other");
  }

  private void at(String instant) {
    app.clock.set(Instant.parse(instant));
  }

  private String say(String user, String text) {
    return app.command(user, text).visible();
  }

  private String report() {
    assertThat(app.command(COORDINATOR, "jaarplan verantwoording").status()).isEqualTo(200);
    String reply = app.slack.await("response_url", c -> c.visible().contains("/report/")).visible();
    Matcher m = LINK.matcher(reply);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
