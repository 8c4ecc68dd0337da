package nl.samen.slack;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.ModalValues;
import nl.samen.testing.MutableClock;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody expected, in a command, a button, a form or an event: the person gets a polite
 * answer in their language where Slack allows one, the log gets one line, and the next request works.
 * The unexpected failure is a real one: the table of answers is briefly gone from the database.
 */
class ErrorBoundaryEndToEndTest {
  private static final String SORRY = "Something went wrong on Samen's side";

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger boundaryLog = (Logger) LoggerFactory.getLogger(ErrorBoundary.class);
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    log.start();
    boundaryLog.addAppender(log);
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
  }

  @AfterEach
  void stop() {
    app.close();
    boundaryLog.detachAppender(log);
  }

  @Test
  void aCommandThatFailsUnexpectedly_isAnsweredPolitely_inOneLogLine_andTheNextOneWorks() throws Exception {
    hideAnswers();
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).startsWith(":warning: " + SORRY);
    showAnswers();

    assertThat(theOneLine(Level.ERROR)).startsWith("The command /samen failed unexpectedly: ");
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Your answer *yes* for *#1 Netwerkoverleg*");
    assertThat(log.list).hasSize(1);
  }

  @Test
  void aCommandWhoseSlackCallFails_saysSoInTheCallersLanguage_andTheNextOneWorks() {
    app.slack.failNext("views.open", 500, 1, Optional.empty());

    assertThat(app.command(COORDINATOR, "meeting new").visible())
        .isEqualTo(":warning: " + Texts.get(Texts.DUTCH, "command.error.slack") + "\n");
    assertThat(theOneLine(Level.WARN)).startsWith("The command /samen failed: a Slack call failed: views.open");
    assertThat(app.command(COORDINATOR, "meeting new").body()).isEmpty();
    assertThat(app.slack.calls("views.open:failed")).hasSize(1);
    assertThat(app.slack.calls("views.open")).as("the second time the form opened").hasSize(1);
  }

  @Test
  void aLaterAnswerWhoseSlackCallFails_saysSoThroughTheResponseUrl_andTheNextOneWorks() {
    app.slack.failNext("conversations.members", 500, 1, Optional.empty());
    app.command(COORDINATOR, "members");

    FakeSlackApi.Call sorry = app.slack.await("response_url",
        c -> c.visible().contains(Texts.get(Texts.DUTCH, "command.error.slack")));
    assertThat(sorry.param("response_type")).isEqualTo("ephemeral");
    assertThat(theOneLine(Level.WARN))
        .startsWith("The later answer of /samen failed: a Slack call failed: conversations.members");
    app.command(COORDINATOR, "members");
    app.slack.await("response_url", c -> c.visible().contains("IB-netwerk"));
  }

  @Test
  void aButtonThatFailsUnexpectedly_answersEphemerally_andTheNextClickWorks() throws Exception {
    hideAnswers();
    assertThat(app.client().click(MEMBER, CHANNEL, "rsvp_yes", "1").status()).isEqualTo(200);
    FakeSlackApi.Call sorry = app.slack.await("response_url", c -> c.visible().contains(SORRY));
    showAnswers();

    assertThat(sorry.param("response_type")).isEqualTo("ephemeral");
    assertThat(theOneLine(Level.ERROR)).startsWith("The button rsvp_yes failed unexpectedly: ");
    app.client().click(MEMBER, CHANNEL, "rsvp_yes", "1");
    app.slack.await("response_url", c -> c.visible().contains("Your answer *yes* for *#1 Netwerkoverleg*"));
    assertThat(log.list).hasSize(1);
  }

  @Test
  void aFormThatFailsUnexpectedly_isReplacedByAShortNotice_andTheNextSubmissionWorks() throws Exception {
    hideAnswers();
    SlackClient.Answer failed = app.client().submit(MEMBER, "rsvp_reason", "1", ModalValues.reason("Ziek"));
    showAnswers();

    assertThat(failed.json().get("response_action").getAsString()).isEqualTo("update");
    assertThat(failed.json().get("view").toString()).contains(SORRY);
    assertThat(theOneLine(Level.ERROR)).startsWith("The form rsvp_reason failed unexpectedly: ");
    SlackClient.Answer done = app.client().submit(MEMBER, "rsvp_reason", "1", ModalValues.reason("Ziek"));
    assertThat(done.json().get("view").toString()).contains("Your answer *no* for *#1 Netwerkoverleg*");
    assertThat(log.list).hasSize(1);
  }

  @Test
  void anEventThatFails_isAcknowledgedAndLoggedInOneLine_andTheNextEventIsHandled() {
    JsonObject noChannel = joined(MEMBER);
    noChannel.remove("channel");

    assertThat(app.client().event("EvBroken", noChannel, 0).status()).isEqualTo(200);
    assertThat(theOneLine(Level.ERROR)).startsWith("The event member_joined_channel failed unexpectedly: ");
    assertThat(app.client().event("EvFine", joined(MEMBER), 0).status()).isEqualTo(200);
    assertThat(log.list).hasSize(1);
  }

  /** The single line the boundary logged so far: of this level, without a stack trace, on one line. */
  private String theOneLine(Level level) {
    assertThat(log.list).hasSize(1);
    ILoggingEvent line = log.list.get(0);
    assertThat(line.getLevel()).isEqualTo(level);
    assertThat(line.getThrowableProxy()).isNull();
    assertThat(line.getFormattedMessage()).doesNotContain("\n");
    return line.getFormattedMessage();
  }

  private void hideAnswers() throws Exception {
    alter("alter table rsvp rename to rsvp_away");
  }

  private void showAnswers() throws Exception {
    alter("alter table rsvp_away rename to rsvp");
  }

  private void alter(String sql) throws Exception {
    try (Connection db = app.db().connect();
        Statement statement = db.createStatement()) {
      if (db.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
        statement.execute("pragma busy_timeout = 5000");
      }
      statement.execute(sql);
    }
  }

  private static JsonObject joined(String user) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "member_joined_channel");
    event.addProperty("user", user);
    event.addProperty("channel", CHANNEL);
    event.addProperty("channel_type", "C");
    event.addProperty("team", FakeSlackApi.TEAM);
    event.addProperty("event_ts", "1700000000.000300");
    return event;
  }
}
