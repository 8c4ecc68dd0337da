package nl.samen.evaluation;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.ModalValues;
import nl.samen.testing.Sheets;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The evaluation in the annual report, and in privacy export and forget. */
class EvaluationReportEndToEndTest {
  private static final Pattern LINK = Pattern.compile("/report/([A-Za-z0-9_-]{43})");

  @AutoClose
  private final TestApp app = TestNetwork.start();

  @Test
  void theAnnualReport_showsTheScorePerMeetingFromThreeAnswers_andTheYearsTrend() {
    app.command(COORDINATOR, "meeting new \"Najaarsoverleg\" 2026-11-26 09:30-12:00");
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2026-12-03 09:30-15:00");
    app.command(COORDINATOR, "meeting new \"Decemberoverleg\" 2026-12-10 09:30-12:00");
    evaluate(1, "2026-11-26T11:00:00Z", 3, 3, 3);
    evaluate(2, "2026-12-03T14:00:00Z", 4, 4, 5);
    evaluate(3, "2026-12-10T11:00:00Z", 5, 5);

    app.command(COORDINATOR, "plan report");
    String markdown = app.slack.await("upload", c -> c.body().contains("# Jaarverantwoording")).body();
    assertThat(markdown).contains("## Evaluatie van de bijeenkomsten",
        "| Nr. | Datum | Bijeenkomst | Cijfer (1–5) | Antwoorden |",
        "| #1 | do 26 november 2026 | Najaarsoverleg | 3,0 | 3 |",
        "| #2 | do 3 december 2026 | Netwerkdag | 4,3 | 3 |",
        "| #3 | do 10 december 2026 | Decemberoverleg | – | minder dan 3 |",
        "Verloop over het jaar: 3,0 → 4,3; gemiddeld 3,7 van 5 over 2 bijeenkomsten (stijgend).");
    assertThat(markdown).doesNotContain("| 5,0 |");

    app.slack.awaitCount("upload", c -> true, 2);
    byte[] workbook = app.slack.uploadedBytes().stream().filter(Sheets::isWorkbook).findFirst().orElseThrow();
    assertThat(Sheets.rows(workbook, "Evaluatie")).containsExactly(
        List.of("bijeenkomst", "datum", "titel", "cijfer (1-5)", "antwoorden"),
        List.of("1", "2026-11-26", "Najaarsoverleg", "3.0", "3"),
        List.of("2", "2026-12-03", "Netwerkdag", "4.3", "3"),
        List.of("3", "2026-12-10", "Decemberoverleg", "", "minder dan 3"));

    String reply = app.slack.await("response_url", c -> c.visible().contains("/report/")).visible();
    Matcher link = LINK.matcher(reply);
    assertThat(link.find()).isTrue();
    assertThat(app.get("/report/" + link.group(1)).body()).contains("<h2>Evaluatie van de bijeenkomsten</h2>",
        "<td>4,3</td>", "Verloop over het jaar: 3,0 → 4,3");
  }

  @Test
  void exportHoldsOnesOwnAnswer_andForgetDeletesTheRemarkButKeepsTheScoreForNoOne() {
    app.command(COORDINATOR, "meeting new \"Najaarsoverleg\" 2026-11-26 09:30-12:00");
    evaluate(1, "2026-11-26T11:00:00Z", 4, 2, 3);
    app.client().submit(MEMBER, "evaluation_remark_modal", "1", new ModalValues().text("remark", "Te lang").json());

    app.command(MEMBER, "privacy export");
    String body = app.slack.awaitCount("upload", c -> true, 1).get(0).body();
    var data = JsonParser.parseString(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1))
        .getAsJsonObject().getAsJsonObject("data");
    assertThat(data.getAsJsonArray("evaluations").toString()).contains("\"meeting\":1", "\"score\":2", "Te lang")
        .doesNotContain("\"score\":4");

    app.command(MEMBER, "privacy forget confirm");

    int linked = app.db().jdbi().withHandle(h -> h.createQuery(
            "select count(*) from evaluation_answer where voter = :u or remark is not null")
        .bind("u", MEMBER).mapTo(Integer.class).one());
    assertThat(linked).isZero();
    assertThat(app.command(COORDINATOR, "evaluatie 1").visible()).contains("Gemiddeld *3,0* van 5, uit 3 antwoorden")
        .doesNotContain("Te lang");
  }

  /** After meeting {@code id} ends, the coordinator, the member and the other give these scores. */
  private void evaluate(long id, String ended, int... scores) {
    List<String> users = List.of(COORDINATOR, MEMBER, OTHER);
    users.forEach(user -> app.command(user, "rsvp " + id + " yes"));
    app.clock.set(Instant.parse(ended));
    app.timer().settle();
    app.drain();
    for (int i = 0; i < scores.length; i++) {
      app.client().click(users.get(i), users.get(i), "evaluation_score_" + scores[i], Long.toString(id));
    }
  }
}
