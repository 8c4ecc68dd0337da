package nl.samen.app;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.samen.config.SettingsException;
import nl.samen.testing.MutableClock;
import nl.samen.testing.OutboxState;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Restarts, health, languages, and Slack failures: what the app does around the commands. */
class AppLifecycleEndToEndTest {
  private TestApp app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void everything_survivesARestartWithTheSameDatabase() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30");
    app.command(MEMBER, "rsvp 1 maybe");
    app.command(MEMBER, "school \"De Regenboog\"");

    app.restart();

    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Overleg", "Maybe (1)", "<@U0MEMBER>");
    app.command(MEMBER, "members");
    assertThat(app.slack.await("response_url", c -> c.visible().contains("De Regenboog")).visible()).contains("coordinator");
    assertThat(app.command(COORDINATOR, "meeting new \"Tweede\" 2026-12-10 09:30").visible()).contains("#2");
  }

  @Test
  void aMessageThatSlackTurnedAwayForAWhile_isDeliveredOnce_evenAcrossARestart() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.slack.failNext("chat.postMessage", 429, 2, Optional.of(Duration.ofSeconds(1)));

    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.slack.await("chat.postMessage:failed", c -> CHANNEL.equals(c.channel()));
    app.restart();

    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    new OutboxState(app.db().jdbi()).await(OutboxState::settled, "the message recorded as sent");
    assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> CHANNEL.equals(c.channel())).hasSize(1);
    assertThat(app.slack.calls("chat.postMessage:failed")).hasSize(2);
  }

  @Test
  void aMessageThatMetAServerError_mayHaveBeenPosted_soItIsNotPostedAgain_evenAfterARestart() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.slack.failNext("chat.postMessage", 500, 1, Optional.empty());
    OutboxState outbox = new OutboxState(app.db().jdbi());

    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    outbox.await(o -> o.rows().stream().anyMatch(r -> r.status().equals("unknown")), "the message recorded unknown");
    app.restart();
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30");

    app.slack.await("chat.postMessage", c -> c.visible().contains("Overleg"));
    outbox.await(OutboxState::settled, "everything handled");
    assertThat(app.slack.calls("chat.postMessage")).extracting(c -> c.text()).noneMatch(t -> t.contains("IB-netwerk*"));
    assertThat(app.slack.calls("chat.postMessage:failed")).hasSize(1);
  }

  @Test
  void aTokenSlackRefuses_stopsTheStart_withOneLineNamingIt() {
    assertThatThrownBy(() -> new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of(),
        fake -> fake.refuse("auth.test", "invalid_auth")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN")
        .hasMessageContaining("invalid_auth")
        .hasMessageNotContaining("\n");
    app = null;
  }

  @Test
  void health_reportsDatabaseAndScheduler_asJson() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));

    var health = app.get("/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(health.body()).contains("\"status\":\"ok\"", "\"database\":\"ok\"", "\"scheduler\":\"ok\"");
    // One app with its own timer: no cluster (the cluster test shows the instances on PostgreSQL).
    assertThat(health.body()).contains("\"cluster\":\"single\"");
  }

  @Test
  void everyoneIsAnsweredInTheirOwnSlackLanguage_lookedUpOnce() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));

    assertThat(app.command(COORDINATOR, "help").visible()).contains("Typ `/samen`", "`instellen \"<naam>\"");
    assertThat(app.command(MEMBER, "hulp").visible()).contains("Type `/samen`", "`setup \"<name>\"");
    app.command(MEMBER, "meetings");

    assertThat(app.slack.calls("users.info")).filteredOn(c -> MEMBER.equals(c.param("user"))).hasSize(1);
  }

  @Test
  void help_givesOneLinePerCommand_andEveryFormOfOneCommandOnRequest() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));

    String overview = app.command(MEMBER, "help").visible();
    String meeting = app.command(MEMBER, "help meeting").visible();

    assertThat(overview).contains("`meeting new`", "`rsvp [<id>] yes|no|maybe", "`/samen help <command>`")
        .doesNotContain("move <date>");
    assertThat(meeting).contains("`meeting new \"<title>\" <date>", "`meeting <id> move <date>", "cancel")
        .doesNotContain("rsvp");
    assertThat(app.command(COORDINATOR, "hulp vergadering").visible()).contains("verplaats");
  }

  @Test
  void aLanguageSamenDoesNotSpeak_getsTheConfiguredDefault() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"), Map.of("SAMEN_LOCALE", "en"));
    app.slack.user("U0FRANS", "fr-FR");

    assertThat(app.command("U0FRANS", "help").visible()).contains("Type `/samen`");
    assertThat(app.command(COORDINATOR, "help").visible()).contains("Typ `/samen`");
  }

  @Test
  void theDefaultLanguageIsDutch_whenSlackDoesNotSay() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.slack.user("U0ONBEKEND", null);

    assertThat(app.command("U0ONBEKEND", "").visible()).contains("Typ `/samen`");
  }
}
