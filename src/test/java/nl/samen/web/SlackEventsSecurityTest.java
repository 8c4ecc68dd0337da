package nl.samen.web;

import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SlackEventsSecurityTest {
  private static TestApp app;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String setupBody() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", FakeSlackApi.TEAM);
    form.put("channel_id", TestApp.CHANNEL);
    form.put("user_id", COORDINATOR);
    form.put("command", "/samen");
    form.put("text", "setup \"Vervalst\"");
    form.put("response_url", app.slack.responseUrl());
    form.put("trigger_id", "t");
    return SlackClient.encode(form);
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis() / 1000);
  }

  @Test
  void unsignedRequests_get401_andChangeNothing() {
    assertThat(app.client().postSigned(setupBody(), null, null).status()).isEqualTo(401);
    assertThat(app.client().postSigned(setupBody(), now(), null).status()).isEqualTo(401);
    assertThatNothingChanged();
  }

  @Test
  void aWrongSignature_gets401() {
    String ts = now();
    String forged = new SlackSignature.Generator("not-the-secret").generate(ts, setupBody());

    assertThat(app.client().postSigned(setupBody(), ts, forged).status()).isEqualTo(401);
    assertThat(app.client().postSigned(setupBody(), ts, "v0=deadbeef").status()).isEqualTo(401);
    assertThatNothingChanged();
  }

  @Test
  void aSignatureOverAnotherBody_gets401() {
    String ts = now();
    String signedOther = new SlackSignature.Generator(TestApp.SIGNING_SECRET).generate(ts, "text=help");

    assertThat(app.client().postSigned(setupBody(), ts, signedOther).status()).isEqualTo(401);
    assertThatNothingChanged();
  }

  @Test
  void aCorrectSignatureOlderThanFiveMinutes_gets401() {
    String old = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
    String signature = new SlackSignature.Generator(TestApp.SIGNING_SECRET).generate(old, setupBody());

    assertThat(app.client().postSigned(setupBody(), old, signature).status()).isEqualTo(401);
    assertThatNothingChanged();
  }

  @Test
  void aSignedRequestWithNonAsciiText_isAccepted() {
    var answer = app.client().command(TestApp.MEMBER, "C0GRUSSE", "school \"Grüße aus Köln — ‘t Palet\"");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.visible()).contains("Grüße aus Köln");
  }

  private static void assertThatNothingChanged() {
    assertThat(app.command(COORDINATOR, "members").visible()).contains("nog geen netwerk");
  }
}
