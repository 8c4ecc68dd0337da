package nl.samen.slack;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every wrong command gets an ephemeral answer that says what was wrong, and nothing changes. */
class BadInputEndToEndTest {
  private static TestApp app;
  private static String stateBefore;

  @BeforeAll
  static void start() throws Exception {
    app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"));
    app.slack.user(COORDINATOR, "en-GB"); // so that every explanation below is in English
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(COORDINATOR, "meeting new \"Overleg\" 2026-12-03 09:30");
    app.command(MEMBER, "rsvp 1 yes");
    stateBefore = state();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** What a user can see of the data: the meeting with its answers, and the list. */
  private static String state() {
    return app.command(COORDINATOR, "meeting 1").body() + app.command(COORDINATOR, "meetings").body();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
      "MEMBER;frobnicate;I don't know the command `frobnicate`",
      "MEMBER;meeting new \"Overleg 2026-12-03 09:30;A quote is opened but not closed",
      "MEMBER;meeting new Overleg 2026-12-03 09:30;Expected the meeting's title between quotes",
      "MEMBER;meeting new \"Overleg\" 31-02-2027 09:30;The date `31-02-2027` does not exist",
      "MEMBER;meeting new \"Overleg\" morgen 09:30;`morgen` is not a date",
      "MEMBER;meeting new \"Overleg\" 2026-12-03 25:00;The time `25:00` does not exist",
      "MEMBER;meeting new \"Overleg\" 2026-12-03 9h30;`9h30` is not a time",
      "COORDINATOR;meeting new \"Overleg\" 2026-12-03 12:00-10:00;must be after the start time",
      "COORDINATOR;meeting new \"Overleg\" 2026-11-20 09:30;already passed",
      "COORDINATOR;meeting new \"Overleg\" 2026-12-03 09:30 repeat every 2 weeks until 2026-11-30;series ends before",
      "COORDINATOR;meeting new \"Overleg\" 2026-12-03 09:30 repeat every 0 weeks until 2027-01-30;every 1 to 52 weeks",
      "COORDINATOR;meeting new \"Overleg\" 2026-12-03 09:30 somewhere;I don't understand `somewhere`",
      "COORDINATOR;meeting new \"\" 2026-12-03 09:30;The text between the quotes is empty",
      "COORDINATOR;meeting 1 move;Expected a date",
      "COORDINATOR;meeting 1 move 2026-12-01 08:00-07:00;must be after the start time",
      "COORDINATOR;meeting 1 verhuizen;I don't understand `verhuizen`",
      "MEMBER;meeting abc;Expected `new` or a meeting number",
      "MEMBER;rsvp 1 perhaps;Expected yes, no or maybe",
      "MEMBER;rsvp 1 yes <@U0OTHER|o>;Only a coordinator can answer",
      "MEMBER;rsvp yes <@U0OTHER|o>;Give the meeting number",
      "MEMBER;rsvp 1 yes \"reden\" extra;I don't understand `extra`",
      "MEMBER;attendance;Expected a meeting number",
      "MEMBER;attendance 1 present U0OTHER;Expected a person as @name",
      "MEMBER;coordinator promote <@U0OTHER|o>;Expected add or remove",
      "MEMBER;coordinator add <@U0OTHER|o>;Only the network's coordinators",
      "MEMBER;setup \"Nog een\";already the network",
      "MEMBER;school;Expected your school's name between quotes",
      "MEMBER;help me;I don't understand `me`"})
  void aWrongCommand_isExplainedEphemerally_andChangesNothing(String who, String text, String explanation)
      throws Exception {
    long start = System.nanoTime();
    var answer = app.command(who.equals("COORDINATOR") ? COORDINATOR : MEMBER, text);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(answer.visible()).startsWith(":warning:").contains(explanation);
    assertThat(millis).as("answered within Slack's 3 seconds").isLessThan(3000);
    assertThat(state()).isEqualTo(stateBefore);
    assertThat(app.db().tables()).contains("network");
    app.drain();
    assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> CHANNEL.equals(c.channel())
        && c.visible().contains("Nog een"));
  }
}
