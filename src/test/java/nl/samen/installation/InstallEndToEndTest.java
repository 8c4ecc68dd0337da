package nl.samen.installation;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.Installs;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Install mode through Slack's OAuth v2 flow against the fake Slack: the state, the stored token, its use. */
class InstallEndToEndTest {
  static final String TOKEN = "xoxb-installed-secret-token";

  @AutoClose
  final TestApp app = new TestApp(MutableClock.at(TestNetwork.MONDAY), Installs.MODE);

  InstallEndToEndTest() throws IOException {}

  @Test
  void install_sendsTheAdminToSlack_thenStoresTheWorkspace_withItsTokenEncrypted() {
    Installs.Start start = Installs.start(app);
    assertThat(start.status()).isEqualTo(302);
    assertThat(start.location()).startsWith("https://slack.com/oauth/v2/authorize?")
        .contains("client_id=" + Installs.CLIENT_ID, "scope=commands", "state=" + start.state(),
            "redirect_uri=http");
    assertThat(start.cookie()).endsWith("=" + start.state());

    app.slack.installable("code-1", FakeSlackApi.TEAM, TOKEN, "U0BOTA");
    HttpResponse<String> done = Installs.redirect(app, "code-1", start.state(), start.cookie());

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Samen is geïnstalleerd");
    assertThat(app.slack.calls("oauth.v2.access")).singleElement()
        .satisfies(call -> assertThat(call.param("code")).isEqualTo("code-1"));
    Map<String, Object> row = app.db().jdbi().withHandle(h -> h.createQuery(
        "select * from installation where team_id = :team").bind("team", FakeSlackApi.TEAM).mapToMap().one());
    assertThat(row).containsEntry("bot_user_id", "U0BOTA").containsEntry("installed_by", "U0INSTALL" + FakeSlackApi.TEAM);
    assertThat((String) row.get("scopes")).contains("chat:write", "commands");
    assertThat((String) row.get("bot_token")).as("the token at rest").startsWith("v1:")
        .doesNotContain(TOKEN).doesNotContain("installed-secret");
  }

  @Test
  void theInstalledWorkspace_isAnsweredAndCalledWithItsOwnToken() {
    assertThat(Installs.install(app, FakeSlackApi.TEAM, TOKEN, "U0BOTA").statusCode()).isEqualTo(200);

    assertThat(app.command(COORDINATOR, "setup \"IB-netwerk\"").visible()).contains("IB-netwerk");
    FakeSlackApi.Call announcement = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));

    assertThat(announcement.token()).contains(TOKEN);
    app.drain();
    assertThat(app.slack.calls()).filteredOn(c -> !c.method().equals("oauth.v2.access")
            && !c.method().equals("auth.test") && !c.method().equals("response_url"))
        .isNotEmpty().allSatisfy(call -> assertThat(call.token()).as(call.method()).contains(TOKEN));
  }

  @Test
  void aWorkspaceThatDidNotInstall_isRefused() {
    Installs.install(app, FakeSlackApi.TEAM, TOKEN, "U0BOTA");

    assertThat(app.client().as("T0NOTHERE", "T0NOTHERE").command(COORDINATOR, "T0NOTHEREC", "help").status())
        .isEqualTo(401);
    assertThat(app.client().command(COORDINATOR, CHANNEL, "help").status()).isEqualTo(200);
  }

  @Test
  void aStateSamenDidNotIssue_orUsedBefore_orExpired_isRefused() {
    app.slack.installable("code-1", FakeSlackApi.TEAM, TOKEN, "U0BOTA");
    Installs.Start forged = Installs.start(app);
    assertThat(Installs.redirect(app, "code-1", "made-up", "slack-app-oauth-state=made-up").statusCode())
        .isEqualTo(400);
    assertThat(Installs.redirect(app, "code-1", forged.state(), "slack-app-oauth-state=other").statusCode())
        .as("a state from another browser").isEqualTo(400);

    Installs.Start used = Installs.start(app);
    assertThat(Installs.redirect(app, "code-1", used.state(), used.cookie()).statusCode()).isEqualTo(200);
    app.slack.installable("code-2", FakeSlackApi.TEAM, "xoxb-other", "U0BOTA");
    HttpResponse<String> again = Installs.redirect(app, "code-2", used.state(), used.cookie());
    assertThat(again.statusCode()).as("the same state once more").isEqualTo(400);
    assertThat(again.body()).contains("/slack/install");

    Installs.Start old = Installs.start(app);
    app.clock.advance(Duration.ofMinutes(11));
    assertThat(Installs.redirect(app, "code-2", old.state(), old.cookie()).statusCode()).isEqualTo(400);

    assertThat(app.slack.calls("oauth.v2.access")).as("only the good state reached Slack").hasSize(1);
  }
}
