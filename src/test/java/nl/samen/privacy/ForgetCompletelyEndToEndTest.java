package nl.samen.privacy;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.samen.testing.ModalValues;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forgetting a coordinator who did a bit of everything: no trace of the id is left, past figures stay. */
class ForgetCompletelyEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "reminders set 7d channel, 1d dm");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2026-12-10 09:00-15:00");
    app.command(COORDINATOR, "school \"De Regenboog\"");
    app.command(MEMBER, "school \"OBS 't Palet\"");
    app.command(COORDINATOR, "rsvp 1 yes");
    app.command(MEMBER, "rsvp 1 yes");
    app.command(COORDINATOR, "rsvp 2 no \"ziek\"");
    app.command(COORDINATOR, "rsvp 2 yes");
    app.command(OTHER, "rsvp 2 no \"vraag het <@U0COORD|coord>\"");
  }

  @Test
  void aNetworksOnlyCoordinator_isRefused_andToldToNameAnotherFirst() {
    assertThat(app.command(COORDINATOR, "privacy forget").visible())
        .contains("enige coördinator van *IB-netwerk*", "coordinator toevoegen")
        .doesNotContain("privacy_forget_confirm");
    assertThat(app.command(COORDINATOR, "privacy forget confirm").visible()).contains("enige coördinator");
    app.client().click(COORDINATOR, CHANNEL, "privacy_forget_confirm", "forget");
    assertThat(app.slack.await("response_url", c -> c.visible().contains("enige")).visible())
        .contains("eerst iemand anders coördinator");

    assertThat(columnsHolding(COORDINATOR)).contains("coordinator.user_id", "member_school.user_id", "rsvp.user_id");
    assertThat(app.command(COORDINATOR, "coordinator add <@U0OTHER|other>").visible()).contains("<@U0OTHER>");
    assertThat(app.command(COORDINATOR, "privacy forget").visible()).contains("privacy_forget_confirm");
  }

  @Test
  void forget_leavesTheIdInNoColumnOfAnyTable_andTheReportsFiguresOfPastMeetingsStay() {
    evaluateMeeting2();
    app.clock.set(Instant.parse("2026-12-11T08:00:00Z"));
    List<String> before = figures(report(COORDINATOR, 1));
    app.command(COORDINATOR, "coordinator add <@U0OTHER|other>");
    assertThat(columnsHolding(COORDINATOR)).contains("evaluation_answer.voter", "reminder_rule.set_by", "outbox.text", "rsvp.user_id",
        "rsvp.reason", "meeting.created_by", "network.created_by", "member_school.user_id");

    assertThat(app.command(COORDINATOR, "privacy vergeten bevestig").visible()).contains("Je gegevens zijn vergeten");

    assertThat(columnsHolding(COORDINATOR)).isEmpty();
    assertThat(columnsHolding("coord")).isEmpty();
    assertThat(columnsHolding("ziek")).isEmpty();
    List<String> after = figures(report(OTHER, 2));
    assertThat(after).isEqualTo(before).contains("2 bijeenkomsten gehouden; samen 3 keer aanwezig, gemiddeld 1,5 per bijeenkomst.");
  }

  /** When meeting #2 has ended, the coordinator rates it and leaves a remark. */
  private void evaluateMeeting2() {
    app.clock.set(Instant.parse("2026-12-10T14:00:00Z"));
    app.timer().settle();
    app.drain();
    app.client().click(COORDINATOR, COORDINATOR, "evaluation_score_4", "2");
    app.client().submit(COORDINATOR, "evaluation_remark_modal", "2",
        new ModalValues().text("remark", "Weer ziek van de koffie").json());
  }

  /** The markdown of the n-th annual report asked for. */
  private String report(String coordinator, int n) {
    app.command(coordinator, "plan report");
    return app.slack.awaitCount("upload", c -> c.body().contains("# Jaarverantwoording"), n).get(n - 1).body();
  }

  /** The lines of the report with counts of the meetings held; names may change, these may not. */
  private static List<String> figures(String markdown) {
    return markdown.lines().filter(line -> line.contains("keer aanwezig") || line.startsWith("| #")
        || line.startsWith("| De Regenboog") || line.startsWith("| OBS")).toList();
  }

  /** Every table.column of the database in which some value contains the text. */
  private List<String> columnsHolding(String text) {
    Jdbi db = app.db().jdbi();
    return db.withHandle(h -> {
      List<String> found = new ArrayList<>();
      for (String table : app.db().tables()) {
        for (String column : app.db().columns(table)) {
          String value = "cast(\"" + column + "\" as text)";
          int rows = h.createQuery("select count(*) from \"" + table + "\" where replace(" + value
              + ", :text, '') <> " + value).bind("text", text).mapTo(Integer.class).one();
          if (rows > 0) {
            found.add(table + "." + column);
          }
        }
      }
      return found;
    });
  }
}
