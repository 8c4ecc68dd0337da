package nl.samen.reminder;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Predicate;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.OutboxState;
import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 2: a meeting planned after its default deadline takes answers until it starts,
 * its members get their reminders (also across a restart), and an own deadline steers the nudges.
 */
class ShortNoticeEndToEndTest {
  @AutoClose
  final TestApp app = TestNetwork.start();

  @BeforeEach
  void networkAnnounced() {
    app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
  }

  @Test
  void aMeetingPlannedMinutesAhead_isAnswered_byCommandAndButton_andItsRemindersArriveOnce_acrossARestart() {
    app.command(COORDINATOR, "reminders set 30m dm, 10m dm");
    app.command(COORDINATOR, "meeting new \"Spoedoverleg\" 2026-11-23 09:40"); // 40 minutes from now
    app.slack.await("chat.postMessage", c -> c.visible().contains("Spoedoverleg"));
    app.client().homeOpened(MEMBER, "Ev1");
    assertThat(app.slack.await("views.publish", c -> MEMBER.equals(c.param("user_id"))).param("view"))
        .as("the App Home offers the buttons").contains("rsvp_yes").doesNotContain("Answers closed");

    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Your answer *yes* for *#1 Spoedoverleg*")
        .doesNotContain("closed");
    assertThat(app.client().click(OTHER, CHANNEL, "rsvp_maybe", "1").status()).isEqualTo(200);
    assertThat(app.slack.await("response_url", c -> true).visible()).contains("*misschien*", "genoteerd");
    assertThat(app.command(COORDINATOR, "meeting 1").visible())
        .contains("Antwoord vóór ma 23 november 2026 09:40", "Komen (1)", "<@U0MEMBER>", "<@U0OTHER>");

    moveClockAndWake("2026-11-23T08:10:00Z"); // 30 minutes before
    app.slack.awaitCount("chat.postMessage", reminder(), 2);

    app.clock.set(Instant.parse("2026-11-23T08:20:00Z")); // between the two due times
    app.restart();
    moveClockAndWake("2026-11-23T08:30:00Z"); // 10 minutes before
    app.slack.awaitCount("chat.postMessage", reminder(), 4);

    assertThat(sentByAnotherWake()).as("nothing left to send").isZero();
    app.drain();
    assertThat(app.slack.calls("chat.postMessage").stream().filter(reminder()).map(FakeSlackApi.Call::channel))
        .containsExactlyInAnyOrder(MEMBER, OTHER, MEMBER, OTHER);
    assertThat(app.command(COORDINATOR, "herinneringen").visible())
        .contains("`30m dm` — ma 23 november 2026 09:10 — verstuurd (2)",
            "`10m dm` — ma 23 november 2026 09:30 — verstuurd (2)");
  }

  @Test
  void anOwnDeadline_isSetByACoordinatorOnly_andTheNudgeFollowsIt() {
    app.command(COORDINATOR, "reminders set nudge 1h");
    // Thursday 26 November 10:30; by default answers close Tuesday 10:30, nudged Tuesday 09:30.
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-26 10:30");
    assertThat(app.command(COORDINATOR, "reminders").visible()).contains("`nudge 1h` — di 24 november 2026 09:30");

    assertThat(app.command(MEMBER, "meeting 1 deadline 2026-11-25 16:00").visible())
        .contains("Only the network's coordinators");
    assertThat(app.command(COORDINATOR, "vergadering 1 aanmeldtermijn 25-11-2026 16.00").visible())
        .contains("Aanmelden voor bijeenkomst #1 kan tot wo 25 november 2026 16:00");
    assertThat(app.command(COORDINATOR, "reminders").visible())
        .contains("`nudge 1h` — wo 25 november 2026 15:00").doesNotContain("di 24 november");
    assertThat(app.command(MEMBER, "meeting 1").visible()).contains("Answer before Wed 25 November 2026 16:00");

    moveClockAndWake("2026-11-24T08:30:00Z"); // the default nudge time: nothing goes out now
    assertThat(app.command(COORDINATOR, "reminders").visible()).contains("`nudge 1h` — wo 25 november 2026 15:00 — gaat dan uit");
    app.clock.set(Instant.parse("2026-11-25T11:00:00Z")); // after the default deadline, before the own one
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Your answer *yes*");

    moveClockAndWake("2026-11-25T14:00:00Z"); // an hour before the own deadline
    var nudges = app.slack.awaitCount("chat.postMessage", nudge(), 2);
    assertThat(nudges).extracting(FakeSlackApi.Call::channel).containsExactlyInAnyOrder(COORDINATOR, OTHER);
    assertThat(nudges.get(0).text()).contains("wo 25 november 2026 16:00");

    app.clock.set(Instant.parse("2026-11-25T15:00:00Z"));
    assertThat(app.command(OTHER, "rsvp 1 ja").visible()).contains("Aanmelden kon tot wo 25 november 2026 16:00");
  }

  @Test
  void aChangedDeadline_plansTheNudgeAnew_evenAfterTheFirstWentOut() {
    app.command(COORDINATOR, "reminders set 3d channel, nudge 1h");
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-26 10:30");
    app.command(COORDINATOR, "meeting 1 deadline 2026-11-24 12:00");
    moveClockAndWake("2026-11-24T10:00:00Z"); // 11:00 local, an hour before
    app.slack.awaitCount("chat.postMessage", nudge(), 3);
    app.slack.await("chat.postMessage", reminder());

    assertThat(app.command(COORDINATOR, "meeting 1 deadline 2026-11-25 12:00").visible()).contains("wo 25 november");
    assertThat(app.command(COORDINATOR, "reminders").visible())
        .as("the channel post of the same start went out already, under the old deadline")
        .contains("`3d channel` — ma 23 november 2026 10:30 — verstuurd (1)",
            "`nudge 1h` — wo 25 november 2026 11:00 — gaat dan uit");
    moveClockAndWake("2026-11-25T10:00:00Z");
    var nudges = app.slack.awaitCount("chat.postMessage", nudge(), 6);

    assertThat(nudges.subList(0, 3)).allSatisfy(c -> assertThat(c.text()).containsIgnoringCase("24 november 2026 12:00"));
    assertThat(nudges.subList(3, 6)).allSatisfy(c -> assertThat(c.text()).containsIgnoringCase("25 november 2026 12:00"));
    assertThat(sentByAnotherWake()).isZero();
  }

  @Test
  void aDeadlineAfterTheStart_orInThePast_isRefusedClearly() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-26 10:30");

    assertThat(app.command(COORDINATOR, "meeting 1 deadline 2026-11-26 11:00").visible())
        .contains("uiterlijk bij het begin", "do 26 november 2026, 10:30");
    assertThat(app.command(COORDINATOR, "meeting 1 deadline 2026-11-22 11:00").visible()).contains("al voorbij");
    assertThat(app.command(COORDINATOR, "meeting 1 deadline 2026-11-25").visible()).contains("tijd");
    assertThat(app.command(COORDINATOR, "meeting 1").visible()).contains("Antwoord vóór di 24 november 2026 10:30");
    assertThat(app.command(MEMBER, "help meeting").visible()).contains("`meeting <id> deadline <date> <time>`");
    assertThat(app.command(COORDINATOR, "help vergadering").visible()).contains("`vergadering <nr> aanmeldtermijn <datum> <tijd>`");
  }

  @Test
  void aMove_letsAnOwnDeadlineLapse_andTheRuleDecidesAgain() {
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-11-26 10:30");
    app.command(COORDINATOR, "meeting 1 deadline 2026-11-23 12:00");
    app.clock.set(Instant.parse("2026-11-23T12:00:00Z")); // the own deadline has passed
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Answers closed on Mon 23 November 2026 12:00");

    assertThat(app.command(COORDINATOR, "meeting 1 move 2026-11-24 15:00").visible())
        .contains("verplaatst naar di 24 november 2026, 15:00", "vervallen", "aanmelden kan nu tot di 24 november 2026 15:00");
    assertThat(app.command(MEMBER, "rsvp 1 yes").visible()).contains("Your answer *yes*");
  }

  private void moveClockAndWake(String instant) {
    app.clock.set(Instant.parse(instant));
    app.timer().settle();
  }

  /** Wakes the reminders once more, as a start would, and counts the messages that added to the outbox. */
  private int sentByAnotherWake() {
    OutboxState outbox = new OutboxState(app.db().jdbi());
    int before = outbox.rows().size();
    app.timer().wakeAll();
    return outbox.rows().size() - before;
  }

  private static Predicate<FakeSlackApi.Call> reminder() {
    return c -> c.text() != null && (c.text().startsWith("Reminder: #") || c.text().startsWith("Herinnering: #"));
  }

  private static Predicate<FakeSlackApi.Call> nudge() {
    return c -> c.text() != null && (c.text().startsWith("Will you come to #") || c.text().startsWith("Kom je naar #"));
  }
}
