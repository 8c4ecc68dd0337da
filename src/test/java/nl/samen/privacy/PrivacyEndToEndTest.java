package nl.samen.privacy;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivacyEndToEndTest {
  private static final Pattern LINK = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");
  @AutoClose
  private final TestApp app = TestNetwork.start();
  private String calendarToken;

  @BeforeEach
  void setUp() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
    app.command(COORDINATOR, "meeting new \"Netwerkdag\" 2027-02-11 09:00-15:00");
    app.command(MEMBER, "school \"De Regenboog\"");
    app.command(MEMBER, "focus add \"Rekenen\"");
    app.command(MEMBER, "rsvp 1 yes");
    app.command(MEMBER, "rsvp 2 no \"op studiereis\"");
    Matcher link = LINK.matcher(app.command(MEMBER, "calendar").visible());
    assertThat(link.find()).isTrue();
    calendarToken = link.group(1);
    app.clock.set(Instant.parse("2026-12-03T12:00:00Z"));
    app.command(COORDINATOR, "attendance 1");
  }

  @Test
  void export_sendsTheCallerAJsonFileWithEverythingHeldAboutThem() {
    var answer = app.command(MEMBER, "privacy export");

    assertThat(answer.status()).isEqualTo(200);
    JsonObject data = exported(1).getAsJsonObject("data");
    assertThat(data.getAsJsonObject("answers").getAsJsonArray("own")).hasSize(2);
    assertThat(data.getAsJsonObject("answers").toString()).contains("\"reason\":\"op studiereis\"", "\"answer\":\"yes\"");
    assertThat(data.getAsJsonObject("membership").toString()).contains("De Regenboog");
    assertThat(data.getAsJsonArray("focus_themes").toString()).contains("\"theme\":\"Rekenen\"", "2026-2027");
    assertThat(data.getAsJsonArray("attendance").toString()).contains("Netwerkoverleg", "\"present\":1");
    assertThat(data.getAsJsonArray("calendar_feed").toString()).contains("active").doesNotContain(calendarToken);
    assertThat(app.slack.await("conversations.open", c -> MEMBER.equals(c.param("users")))).isNotNull();
    assertThat(app.slack.await("response_url", c -> c.visible().contains("sent you a file")).visible())
        .contains("direct messages");
  }

  @Test
  void forget_asksForConfirmationFirst_andChangesNothingUntilThen() {
    var answer = app.command(MEMBER, "privacy forget");

    assertThat(answer.visible()).contains("Forget your data?", "privacy_forget_confirm", "anonymous placeholder");
    assertThat(app.get("/calendar/" + calendarToken + ".ics").statusCode()).isEqualTo(200);
    app.command(MEMBER, "privacy export");
    assertThat(exported(1).getAsJsonObject("data").getAsJsonArray("focus_themes")).hasSize(1);
  }

  @Test
  void forgetConfirmedByButton_leavesNothingInTheExport_andKeepsAttendanceCounts() {
    var click = app.client().click(MEMBER, CHANNEL, "privacy_forget_confirm", "forget");

    assertThat(click.status()).isEqualTo(200);
    assertThat(app.slack.await("response_url", c -> c.visible().contains("forgotten")).visible())
        .contains("Your data has been forgotten");

    app.command(MEMBER, "privacy export");
    JsonObject data = exported(1).getAsJsonObject("data");
    assertThat(data.keySet()).contains("answers", "attendance", "membership", "focus_themes",
        "calendar_feed", "direct_messages");
    assertThat(lists(data)).hasSizeGreaterThanOrEqualTo(10).allSatisfy(list -> assertThat(list).isEmpty());
    assertThat(app.get("/calendar/" + calendarToken + ".ics").statusCode()).isEqualTo(404);
    assertThat(app.command(COORDINATOR, "focus").visible()).doesNotContain("Rekenen");
    var attendance = app.command(COORDINATOR, "attendance 1").visible();
    assertThat(attendance).contains(": 1 aanwezig").contains("forgotten-").doesNotContain(MEMBER);
    var answers = app.command(COORDINATOR, "meeting 2").visible();
    assertThat(answers).doesNotContain("op studiereis").doesNotContain("<@" + MEMBER + ">");
  }

  @Test
  void forgetConfirmedByCommand_forgetsOnlyTheCaller() {
    app.command(OTHER, "rsvp 2 ja");

    assertThat(app.command(OTHER, "privacy vergeten bevestig").visible()).contains("Je gegevens zijn vergeten");

    assertThat(app.command(COORDINATOR, "meeting 2").visible())
        .doesNotContain("<@" + OTHER + ">").contains("<@" + MEMBER + "> _(op studiereis)_");
  }

  @Test
  void aForgottenCoordinator_leavesHistoryUnderAPlaceholder() {
    app.command(COORDINATOR, "coordinator add <@U0OTHER|other>");

    app.command(COORDINATOR, "privacy forget confirm");

    var db = app.db().jdbi();
    java.util.List<String> history = db.withHandle(h -> h.createQuery(
            "select created_by from meeting union all select created_by from network "
                + "union all select added_by from coordinator union all select recorded_by from attendance")
        .mapTo(String.class).list());
    String placeholder = db.withHandle(h -> h.createQuery("select created_by from network").mapTo(String.class).one());
    assertThat(history)
        .hasSize(5)
        .allSatisfy(id -> assertThat(id).startsWith("forgotten-"))
        .containsOnly(placeholder);
    assertThat(app.command(OTHER, "members").status()).isEqualTo(200);
    assertThat(app.slack.await("response_url", c -> c.visible().contains("leden")).visible())
        .contains("<@U0OTHER> — _geen school bekend_ · _coördinator_", "<@U0COORD> — _geen school bekend_")
        .doesNotContain("<@U0COORD> — _geen school bekend_ · _coördinator_");
    app.command(COORDINATOR, "privacy export");
    JsonObject membership = exported(1).getAsJsonObject("data").getAsJsonObject("membership");
    assertThat(membership.toString()).isEqualTo(
        "{\"school\":[],\"coordinator_of\":[],\"networks_set_up\":[],\"meetings_scheduled\":[]}");
  }

  /** Every list in the export, however deep: after forgetting, each must be empty. */
  private static java.util.List<com.google.gson.JsonArray> lists(com.google.gson.JsonElement element) {
    if (element.isJsonArray()) {
      return java.util.List.of(element.getAsJsonArray());
    }
    if (element.isJsonObject()) {
      return element.getAsJsonObject().entrySet().stream().flatMap(e -> lists(e.getValue()).stream()).toList();
    }
    return java.util.List.of();
  }

  /** The JSON of the n-th uploaded file. */
  private JsonObject exported(int n) {
    var uploads = app.slack.awaitCount("upload", c -> true, n);
    String body = uploads.get(n - 1).body();
    return JsonParser.parseString(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1)).getAsJsonObject();
  }
}
