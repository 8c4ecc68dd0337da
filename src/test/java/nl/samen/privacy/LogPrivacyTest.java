package nl.samen.privacy;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogPrivacyTest {
  private static final String REASON = "GeheimeReden4711";
  private static final String MODAL_REASON = "ModalReden4711";

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private TestApp app;

  @BeforeEach
  void start() throws Exception {
    log.start();
    root.addAppender(log);
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
  }

  @AfterEach
  void stop() {
    app.close();
    root.detachAppender(log);
  }

  @Test
  void absenceReasonsAndCalendarTokens_neverReachTheLog_alsoWhenSlackFails() {
    app.command(COORDINATOR, "setup \"IB-netwerk\" required");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
    app.slack.failNext("views.publish", 500, 1, Optional.empty());
    app.client().homeOpened(MEMBER, "EvLog1");
    app.slack.await("views.publish:failed", c -> true);
    app.slack.failNext("chat.postMessage", 500, 3, Optional.empty());
    app.command(MEMBER, "rsvp 1 no \"" + REASON + "\"");
    app.client().click(MEMBER, CHANNEL, "rsvp_no", "1");
    JsonObject value = new JsonObject();
    value.addProperty("type", "plain_text_input");
    value.addProperty("value", MODAL_REASON);
    JsonObject action = new JsonObject();
    action.add("value", value);
    JsonObject values = new JsonObject();
    values.add("reason", action);
    app.client().submit(MEMBER, "rsvp_reason", "1", values);
    app.command(COORDINATOR, "rsvp 1");
    Matcher link = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics").matcher(app.command(MEMBER, "calendar").visible());
    assertThat(link.find()).isTrue();
    String token = link.group(1);
    assertThat(app.get("/calendar/" + token + ".ics").body()).contains("BEGIN:VCALENDAR");
    app.get("/calendar/" + token.substring(1) + "x.ics");
    app.command(MEMBER, "privacy export");
    app.slack.await("upload", c -> c.body().contains(MODAL_REASON));
    app.command(MEMBER, "privacy forget confirm");

    assertThat(log.list).isNotEmpty();
    assertThat(log.list).allSatisfy(event -> assertThat(everything(event))
        .doesNotContain(REASON).doesNotContain(MODAL_REASON).doesNotContain(token));
  }

  @Test
  void aFailedStatement_doesNotCarryItsBoundValuesIntoTheExceptionMessage() throws Exception {
    try (Database database = Database.open(Files.createTempDirectory("samen-log").resolve("t.db"))) {
      Throwable failure = catchThrowable(() -> database.jdbi().useHandle(h -> h
          .createUpdate("insert into no_such_table (reason) values (:reason)")
          .bind("reason", REASON)
          .execute()));

      assertThat(failure).isNotNull();
      assertThat(messages(failure)).doesNotContain(REASON);
    }
  }

  private static String everything(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }

  private static String messages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t).append("\n");
    }
    return text.toString();
  }
}
