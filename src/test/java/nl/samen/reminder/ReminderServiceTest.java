package nl.samen.reminder;

import static nl.samen.reminder.ReminderFixture.CHANNEL;
import static nl.samen.reminder.ReminderFixture.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.rsvp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Due times, once-only, catch-up, drops, moves, cancels, members and mutes, on a moved clock. */
class ReminderServiceTest {
  static final String MEMBER = "U0MEMBER";
  static final String OTHER = "U0OTHER";
  static final String NEWCOMER = "U0NEW";

  ReminderFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new ReminderFixture("2026-11-23T08:00:00Z");
    f.members(COORDINATOR, MEMBER, OTHER);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void defaultRules_goOutOnTime_eachOnce_toTheRightPeople() {
    Meeting meeting = f.schedule("2026-12-07", "09:00"); // Monday, 08:00Z
    f.answer(meeting, MEMBER, Answer.YES);
    f.answer(meeting, OTHER, Answer.NO);

    f.at("2026-11-30T07:59:59Z");
    assertThat(f.send().nextDue()).contains(Instant.parse("2026-11-30T08:00:00Z"));
    assertThat(f.sent()).isEmpty();

    f.at("2026-11-30T08:00:00Z");
    assertThat(f.send().messages()).isEqualTo(1);
    assertThat(f.sent()).containsExactly(CHANNEL + ": reminder #1 7d channel 2026-12-07");
    assertThat(f.send().nextDue()).contains(Instant.parse("2026-12-04T08:00:00Z"));

    f.at("2026-12-04T08:00:00Z"); // 1 day before the deadline (48 h before the start)
    f.send();
    assertThat(f.sent()).hasSize(2).last().isEqualTo(COORDINATOR + ": reminder #1 nudge 1d 2026-12-07");

    f.at("2026-12-06T08:00:00Z"); // Sunday 09:00 local
    f.send();
    f.send();
    assertThat(f.sent()).hasSize(3).last().isEqualTo(MEMBER + ": reminder #1 1d dm 2026-12-07");
    assertThat(f.send().nextDue()).isEmpty();
  }

  @Test
  void dstSpring_theOneDayReminderForMondayNine_goesOutOnSundayNineLocal() {
    f.rules("1d dm");
    Meeting meeting = f.schedule("2027-03-29", "09:00");
    f.answer(meeting, MEMBER, Answer.MAYBE);

    f.at("2027-03-28T06:59:59Z"); // 08:59:59 CEST
    assertThat(f.send().nextDue()).contains(Instant.parse("2027-03-28T07:00:00Z"));
    f.at("2027-03-28T07:00:00Z");
    f.send();

    assertThat(f.sent()).containsExactly(MEMBER + ": reminder #1 1d dm 2027-03-29");
  }

  @Test
  void dstAutumn_bothYears_theOneDayReminderGoesOutOnSundayNineLocal() {
    f.at("2026-10-01T00:00:00Z");
    f.rules("1d channel");
    f.schedule("2026-10-26", "09:00");
    f.schedule("2027-11-01", "09:00");

    assertThat(f.send().nextDue()).as("25 October 2026, 09:00 CET").contains(Instant.parse("2026-10-25T08:00:00Z"));
    f.at("2026-10-25T08:00:00Z");
    f.send();
    f.delivered();
    f.at("2027-10-01T00:00:00Z");
    assertThat(f.send().nextDue()).as("31 October 2027, 09:00 CET").contains(Instant.parse("2027-10-31T08:00:00Z"));
    f.at("2027-10-31T08:00:00Z");
    f.send();

    assertThat(f.sent()).containsExactly(CHANNEL + ": reminder #1 1d channel 2026-10-26",
        CHANNEL + ": reminder #2 1d channel 2027-11-01");
  }

  @Test
  void rulesInMinutesAndHours_areElapsedTime() {
    f.rules("90m channel", "2h dm");
    Meeting meeting = f.schedule("2026-11-24", "09:00"); // 08:00Z
    f.answer(meeting, MEMBER, Answer.YES);

    assertThat(f.send().nextDue()).contains(Instant.parse("2026-11-24T06:00:00Z"));
    f.at("2026-11-24T06:30:00Z");
    f.send();

    assertThat(f.sent()).containsExactlyInAnyOrder(MEMBER + ": reminder #1 2h dm 2026-11-24",
        CHANNEL + ": reminder #1 90m channel 2026-11-24");
  }

  @Test
  void catchUpAfterDowntime_sendsWhatFellDue_once_whileTheMeetingHasNotStarted() {
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);

    f.at("2026-12-06T20:00:00Z"); // down since before the 7-day post; back on Sunday evening
    ReminderService afterRestart = f.newService();
    assertThat(afterRestart.sendDueReminders(f.clock.instant()).messages()).isEqualTo(2);
    assertThat(f.send().messages()).isZero();

    assertThat(f.sent()).containsExactly(CHANNEL + ": reminder #1 7d channel 2026-12-07",
        MEMBER + ": reminder #1 1d dm 2026-12-07");
    assertThat(f.service.failures(f.network, Duration.ofDays(30)))
        .as("the nudge fell due and its deadline passed while down: dropped, and visible")
        .singleElement().satisfies(failure -> {
          assertThat(failure.rule()).isEqualTo("nudge 1d");
          assertThat(failure.error()).isEqualTo("dropped");
        });
  }

  @Test
  void afterTheStart_dueRemindersAreDropped_andLogged_notSent() {
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);

    f.at("2026-12-07T08:00:01Z");
    ReminderService.Sent sent = f.send();

    assertThat(sent.messages()).isZero();
    assertThat(sent.dropped()).isEqualTo(3);
    assertThat(f.sent()).isEmpty();
    assertThat(f.send().dropped()).as("dropped once, not again at every wake-up").isZero();
    assertThat(f.service.schedule(f.network, meeting)).extracting(ReminderService.Planned::status)
        .containsOnly(ReminderService.Status.DROPPED);
  }

  @Test
  void remindersAlreadyPastWhenTheMeetingWasPlanned_areSkipped_notSentAtOnce() {
    f.at("2026-12-04T10:00:00Z"); // 3 days before: the 7-day post and the nudge are past already
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);

    assertThat(f.send().messages()).isZero();
    assertThat(f.service.schedule(f.network, meeting)).extracting(ReminderService.Planned::status)
        .containsExactly(ReminderService.Status.SKIPPED, ReminderService.Status.PLANNED, ReminderService.Status.SKIPPED);
    f.at("2026-12-06T08:00:00Z");
    f.send();
    assertThat(f.sent()).containsExactly(MEMBER + ": reminder #1 1d dm 2026-12-07");
  }

  @Test
  void movingAMeeting_rearmsItsReminders_forTheNewTime() {
    f.rules("1d dm");
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);
    f.at("2026-12-06T08:00:00Z");
    f.send();
    f.delivered();

    f.at("2026-12-06T12:00:00Z");
    f.meetings.moveMeeting(f.network, COORDINATOR, f.current(meeting), LocalDate.parse("2026-12-14"),
        LocalTime.parse("09:00"), Optional.empty());
    assertThat(f.send().nextDue()).contains(Instant.parse("2026-12-13T08:00:00Z"));
    f.at("2026-12-13T08:00:00Z");
    f.send();
    f.send();

    assertThat(f.sent()).containsExactly(MEMBER + ": reminder #1 1d dm 2026-12-07",
        MEMBER + ": reminder #1 1d dm 2026-12-14");
  }

  @Test
  void movingAMeeting_withdrawsItsRemindersStillWaitingInTheOutbox() {
    f.rules("1d dm");
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);
    f.at("2026-12-06T08:00:00Z");
    f.send(); // queued; the outbox has not sent it yet (no worker runs here)

    f.meetings.moveMeeting(f.network, COORDINATOR, f.current(meeting), LocalDate.parse("2026-12-07"),
        LocalTime.parse("13:00"), Optional.empty());

    assertThat(f.outbox()).isEmpty();
    assertThat(f.send().nextDue()).contains(Instant.parse("2026-12-06T12:00:00Z"));
    f.at("2026-12-06T12:00:00Z");
    assertThat(f.send().messages()).as("the new time's reminder").isEqualTo(1);
    assertThat(f.sent()).containsExactly(MEMBER + ": reminder #1 1d dm 2026-12-07");
  }

  @Test
  void cancellingAMeeting_dropsItsReminders_alsoWaitingOnes() {
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);
    f.at("2026-11-30T08:00:00Z");
    f.send();
    assertThat(f.outbox()).hasSize(1);

    f.meetings.cancelMeeting(f.network, COORDINATOR, f.current(meeting), Optional.of("ziek"));
    f.at("2026-12-06T08:00:00Z");
    ReminderService.Sent sent = f.send();

    assertThat(f.outbox()).isEmpty();
    assertThat(sent.messages()).isZero();
    assertThat(sent.nextDue()).isEmpty();
  }

  @Test
  void aNewMember_getsTheNudgesStillToCome() {
    f.rules("nudge 1d");
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, MEMBER, Answer.YES);
    f.members.humanMembers("T0", CHANNEL); // the roster is known (cached) before the newcomer joins

    f.members(COORDINATOR, MEMBER, OTHER, NEWCOMER);
    f.members.changed(CHANNEL); // Slack's member_joined_channel
    f.members.changed(CHANNEL); // ... delivered twice
    f.at("2026-12-04T08:00:00Z");
    f.send();

    assertThat(f.sent()).containsExactlyInAnyOrder(COORDINATOR + ": reminder #1 nudge 1d 2026-12-07",
        OTHER + ": reminder #1 nudge 1d 2026-12-07", NEWCOMER + ": reminder #1 nudge 1d 2026-12-07");
  }

  @Test
  void muting_stopsOnesOwnDmsAndNudges_butNotTheChannelPost() {
    f.rules("3d channel", "1d dm", "nudge 1d");
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.answer(meeting, OTHER, Answer.YES);
    f.service.setMuted(f.network, MEMBER, true);
    f.service.setMuted(f.network, OTHER, true);
    f.service.setMuted(f.network, OTHER, false);

    f.at("2026-12-04T08:00:00Z");
    f.send();
    f.answer(meeting, MEMBER, Answer.YES);
    f.at("2026-12-06T08:00:00Z");
    f.send();

    assertThat(f.sent()).containsExactlyInAnyOrder(CHANNEL + ": reminder #1 3d channel 2026-12-07",
        COORDINATOR + ": reminder #1 nudge 1d 2026-12-07", OTHER + ": reminder #1 1d dm 2026-12-07");
    assertThat(f.service.isMuted(f.network, MEMBER)).isTrue();
  }

  @Test
  void twoSendersRacing_sendEachReminderOnce() throws Exception {
    f.rules("3d channel", "3d dm", "nudge 1d");
    String[] people = new String[40];
    for (int i = 0; i < people.length; i++) {
      people[i] = "U0P" + i;
    }
    f.members(people);
    for (int m = 0; m < 5; m++) {
      Meeting meeting = f.schedule("2026-12-08", "1" + m + ":00");
      for (int i = 0; i < 20; i++) {
        f.answer(meeting, people[i], Answer.YES);
      }
    }
    f.at("2026-12-05T21:00:00Z"); // every rule of the five meetings is due, none is too late
    ReminderService second = f.newService();

    var racers = java.util.concurrent.Executors.newFixedThreadPool(4);
    var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
    for (int i = 0; i < 8; i++) {
      ReminderService service = i % 2 == 0 ? f.service : second;
      runs.add(racers.submit(() -> service.sendDueReminders(f.clock.instant())));
    }
    for (var run : runs) {
      run.get();
    }
    racers.shutdown();

    // 5 meetings × (1 channel post + 20 DMs) + 5 nudges × 20 who did not answer
    assertThat(f.sent()).hasSize(5 * 21 + 5 * 20).doesNotHaveDuplicates();
  }

  @Test
  void changingTheRules_aNewRuleAlreadyPastIsSkipped_anUnchangedOneStays() {
    f.rules("3d channel");
    f.schedule("2026-12-07", "09:00");
    f.at("2026-12-05T08:00:00Z"); // the app was down when the 3-day post fell due
    f.rules("3d channel", "5d channel");

    f.send();

    assertThat(f.sent()).containsExactly(CHANNEL + ": reminder #1 3d channel 2026-12-07");
  }

  @Test
  void aReminderThatSlackFinallyRefused_isVisibleAsFailed() {
    f.rules("1d channel");
    Meeting meeting = f.schedule("2026-12-07", "09:00");
    f.at("2026-12-06T08:00:00Z");
    f.send();
    long id = f.outbox().get(0).id();
    f.database.jdbi().useHandle(h -> h.execute(
        "update outbox set status = 'failed', last_error = 'chat.postMessage answered HTTP 500' where id = ?", id));

    assertThat(f.service.failures(f.network, Duration.ofDays(30))).singleElement().satisfies(failure -> {
      assertThat(failure.meetingId()).isEqualTo(meeting.id());
      assertThat(failure.recipient()).isEqualTo(CHANNEL);
      assertThat(failure.error()).contains("HTTP 500");
    });
    assertThat(f.send().messages()).as("not claimed again").isZero();
  }
}
