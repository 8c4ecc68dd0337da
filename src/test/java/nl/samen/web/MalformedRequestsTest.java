package nl.samen.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samen.config.OneLineLayout;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Bodies no Slack sends, signed and unsigned, against the whole app: refused, and the log stays clean. */
class MalformedRequestsTest {
  private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
  private static TestApp app;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    LOG.start();
    ROOT.addAppender(LOG);
  }

  @AfterAll
  static void stop() {
    ROOT.detachAppender(LOG);
    app.close();
  }

  @BeforeEach
  void forgetEarlierLines() {
    LOG.list.clear();
  }

  @ParameterizedTest
  @ValueSource(strings = {"payload=notjson", "payload={\"type\":\"block_actions\"}", "foo=bar",
      "payload=[1,2]", "payload={\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"}}", "",
      "foo=bar\n12:00:00.000 ERROR Forged - admin logged in"})
  void anUnsignedMalformedBody_gets401_andLeavesNoLogLine(String body) {
    assertThat(app.client().postSigned(body, null, null).status()).isEqualTo(401);
    String stale = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
    String staleSignature = new SlackSignature.Generator(TestApp.SIGNING_SECRET).generate(stale, body);
    assertThat(app.client().postSigned(body, stale, staleSignature).status()).isEqualTo(401);
    assertThat(app.client().postSigned(body, "soon", "v0=00").status()).isEqualTo(401);

    assertThat(LOG.list).isEmpty();
  }

  @Test
  void slacksCertificateCheck_getsAnEmpty200_evenUnsigned() {
    SlackClient.Answer answer = app.client().postSigned("ssl_check=1&token=legacy-token", null, null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    assertThat(LOG.list).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"payload=notjson", "payload={\"type\":\"block_actions\"}", "foo=bar",
      "payload=[1,2]", "payload={\"type\":\"nonsense\"}", "payload={\"type\":\"block_actions\",\"actions\":[]}",
      "foo=bar\n12:00:00.000 ERROR Forged - admin logged in"})
  void aSignedMalformedBody_gets400_andOneLogLineThatQuotesNothingOfIt(String body) {
    SlackClient.Answer answer = app.client().post(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(LOG.list).singleElement().satisfies(event -> {
      assertThat(event.getLoggerName()).endsWith("SlackEventsRoute");
      assertThat(event.getThrowableProxy()).isNull();
    });
    assertThat(laidOut(LOG.list)).hasLineCount(1).doesNotContain("Forged").doesNotContain("notjson")
        .doesNotContain("foo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"block_actions", "view_submission"})
  void aSignedPayloadWithANewlineInAnId_isLoggedOnOneLineAtMost(String type) {
    String forged = "x\n12:00:00.000 ERROR Forged - admin logged in";
    String payload = "{\"type\":\"" + type + "\",\"team\":{\"id\":\"T0SAMEN\"},\"user\":{\"id\":\"U0MEMBER\"},"
        + "\"actions\":[{\"action_id\":\"" + forged.replace("\n", "\\n") + "\",\"value\":\"1\"}],"
        + "\"view\":{\"callback_id\":\"" + forged.replace("\n", "\\n") + "\",\"state\":{\"values\":{}}}}";

    int status = app.client().post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)).status();

    assertThat(status).isBetween(200, 499);
    assertThat(laidOut(LOG.list).lines()).noneMatch(line -> line.startsWith("12:00:00.000 ERROR Forged"));
  }

  private static String laidOut(List<ILoggingEvent> events) {
    OneLineLayout layout = new OneLineLayout();
    layout.setContext(ROOT.getLoggerContext());
    layout.start();
    StringBuilder text = new StringBuilder();
    List.copyOf(events).forEach(event -> text.append(layout.doLayout(event)));
    return text.toString();
  }
}
