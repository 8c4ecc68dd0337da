package nl.samen.ops;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class MetricsEndToEndTest {
  @AutoClose
  private TestApp app;

  @Test
  void aCommand_isCountedAndTimedUnderItsSubcommand_whicheverLanguageItWasTypedIn() throws Exception {
    app = TestNetwork.start();
    app.command(MEMBER, "help");
    app.command(COORDINATOR, "hulp");
    app.command(MEMBER, "frobnicate now");

    String metrics = get(app, Optional.empty()).body();

    assertThat(metrics)
        .contains("samen_commands_seconds_count{outcome=\"answered\",subcommand=\"help\"} 2")
        .contains("samen_commands_seconds_count{outcome=\"answered\",subcommand=\"setup\"} 1")
        .contains("samen_commands_seconds_count{outcome=\"answered\",subcommand=\"unknown\"} 1")
        .contains("samen_commands_seconds_bucket{outcome=\"answered\",subcommand=\"help\",le=\"+Inf\"} 2")
        .doesNotContain("frobnicate");
  }

  @Test
  void aMessageSlackRefuses_showsAsAnApiErrorByMethodAndStatus_andTheOutboxIsEmptyAfter() throws Exception {
    app = TestNetwork.notSetUp();
    app.slack.refuse("chat.postMessage", "channel_not_found");
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.drain();

    String metrics = get(app, Optional.empty()).body();

    assertThat(metrics)
        .contains("samen_slack_api_errors_total{method=\"chat.postMessage\",status=\"channel_not_found\"} 1")
        .contains("samen_outbox_pending 0")
        .contains("samen_outbox_oldest_pending_seconds 0")
        .contains("hikaricp_connections_max{pool=\"samen-db\"}")
        .contains("jvm_memory_used_bytes")
        .contains("samen_reminders_sent_total 0");
  }

  @Test
  void remindersSent_andOnesThatCameTooLate_areCounted() throws Exception {
    app = TestNetwork.start();
    app.command(COORDINATOR, "herinneringen instellen 3m kanaal, 2m pb");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-25 10:30 at \"Stichtingskantoor\"");
    app.command(MEMBER, "rsvp 1 yes");

    app.clock.set(Instant.parse("2026-11-25T09:27:00Z")); // 3 minutes before: the channel post
    app.timer().settle();
    app.clock.set(Instant.parse("2026-11-25T09:45:00Z")); // the DM's moment passed while nothing ran
    app.timer().settle();
    app.drain();

    assertThat(get(app, Optional.empty()).body())
        .contains("samen_reminders_sent_total 1.0")
        .contains("samen_reminders_dropped_total 1.0")
        .contains("samen_reminders_failed_total 0.0");
  }

  @Test
  void withAMetricsToken_onlyAScraperThatSendsItGetsTheFigures() throws Exception {
    app = new TestApp(MutableClock.at(TestNetwork.MONDAY), Map.of("SAMEN_METRICS_TOKEN", "s3cret"));

    assertThat(get(app, Optional.empty()).statusCode()).isEqualTo(401);
    assertThat(get(app, Optional.of("Bearer wrong")).statusCode()).isEqualTo(401);
    HttpResponse<String> allowed = get(app, Optional.of("Bearer s3cret"));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.body()).contains("samen_outbox_pending");
  }

  private static HttpResponse<String> get(TestApp app, Optional<String> authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/metrics")).GET();
    authorization.ifPresent(value -> request.header("Authorization", value));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
