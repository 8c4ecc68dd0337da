package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samen.event.EventBus;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingDraft;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.rsvp.RsvpService;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seat rules on a real SQLite database with the real migrations, without Slack. */
class WorkshopServiceTest {
  private static final String COORDINATOR = "UC";

  private Database database;
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");
  private final List<String> seatsGiven = new ArrayList<>();
  private final List<Collection<String>> changes = new ArrayList<>();
  private NetworkService networks;
  private RsvpService rsvps;
  private WorkshopService workshops;
  private WorkshopRepository repository;
  private Network network;
  private Meeting day;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(Files.createTempDirectory("samen-workshops").resolve("test.db"));
    networks = new NetworkService(new NetworkRepository(database.jdbi()), clock, ZoneId.of("Europe/Amsterdam"));
    rsvps = new RsvpService(new RsvpRepository(database.jdbi()), networks, clock);
    MeetingService meetings = new MeetingService(new MeetingRepository(database.jdbi()), networks, clock);
    repository = new WorkshopRepository(database.jdbi());
    workshops = new WorkshopService(repository, networks, rsvps, clock, new EventBus()
        .on(SamenEvent.WorkshopChoicesChanged.class, e -> changes.add(e.users()))
        .on(SamenEvent.SeatGiven.class, e -> seatsGiven.add(e.userId() + "→" + e.workshopNumber())),
        (meeting, round) -> false);
    network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T", "C", COORDINATOR, "IB", false)).network();
    day = ((MeetingService.Scheduled.Done) meetings.scheduleMeetings(network, COORDINATOR, new MeetingDraft(
        "Netwerkdag", Meeting.Kind.NETWORKDAY, LocalDate.of(2026, 12, 3), LocalTime.of(9, 30),
        Optional.empty(), Optional.empty(), Optional.empty()))).meetings().get(0);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Workshop add(String title, int capacity, int round) {
    return ((WorkshopService.Added.Done) workshops.addWorkshop(network, day, COORDINATOR,
        new WorkshopDraft(title, capacity, round, Optional.empty(), Optional.empty()))).workshop();
  }

  private WorkshopService.Outcome choose(String user, int number) {
    return workshops.chooseWorkshop(network, day, user, user, number);
  }

  private WorkshopSeats seats(int number) {
    return workshops.workshops(day).stream().filter(s -> s.workshop().number() == number).findFirst().orElseThrow();
  }

  @Test
  void workshopsAreNumberedPerMeeting_acrossRounds() {
    assertThat(add("A", 1, 2).number()).isEqualTo(1);
    assertThat(add("B", 1, 1).number()).isEqualTo(2);
    assertThat(workshops.workshops(day)).extracting(s -> s.workshop().title()).containsExactly("B", "A");
  }

  @Test
  void movingWithinARound_givesTheOldSeatToTheFirstWaiting_andPutsTheMoverAtTheEndOfTheNewWaitlist() {
    add("A", 1, 1);
    add("B", 1, 1);
    choose("u1", 1);
    choose("u2", 1);
    choose("u3", 2);
    choose("u4", 2);

    WorkshopService.Outcome moved = choose("u1", 2);

    assertThat(moved).isEqualTo(new WorkshopService.Outcome.Waitlisted(seats(2).workshop(), 2,
        Optional.of(seats(1).workshop()), false));
    assertThat(seats(1).seated()).containsExactly("u2");
    assertThat(seats(2).seated()).containsExactly("u3");
    assertThat(seats(2).waiting()).containsExactly("u4", "u1");
    assertThat(seatsGiven).containsExactly("u2→1");
    assertThat(changes.get(changes.size() - 1)).containsExactly("u1", "u2");
  }

  @Test
  void choicesInDifferentRounds_doNotTouchEachOther() {
    add("A", 5, 1);
    add("B", 5, 2);

    choose("u1", 1);
    choose("u1", 2);

    assertThat(seats(1).seated()).containsExactly("u1");
    assertThat(seats(2).seated()).containsExactly("u1");
  }

  @Test
  void choosingMakesTheAnswerYes_once() {
    add("A", 5, 1);
    add("B", 5, 2);

    assertThat(choose("u1", 1)).isInstanceOf(WorkshopService.Outcome.Seated.class)
        .extracting(o -> ((WorkshopService.Outcome.Seated) o).nowAttending()).isEqualTo(true);
    assertThat(((WorkshopService.Outcome.Seated) choose("u1", 2)).nowAttending()).isFalse();
    assertThat(rsvps.answerOf(day, "u1").orElseThrow().answer()).isEqualTo(Answer.YES);
  }

  @Test
  void answeringNo_releasesEverySeatAndWaitlistPlace_andPromotes() {
    add("A", 1, 1);
    add("B", 1, 2);
    choose("u1", 1);
    choose("u1", 2);
    choose("u2", 1);
    choose("u3", 2);

    workshops.releaseSeats(day, "u1");

    assertThat(seats(1).seated()).containsExactly("u2");
    assertThat(seats(2).seated()).containsExactly("u3");
    assertThat(seatsGiven).containsExactlyInAnyOrder("u2→1", "u3→2");
  }

  @Test
  void droppingAWaitlistPlace_promotesNobody_andDroppingWhatOneDidNotChooseSaysSo() {
    add("A", 1, 1);
    choose("u1", 1);
    choose("u2", 1);
    choose("u3", 1);

    assertThat(workshops.dropWorkshop(network, day, "u2", "u2", 1)).isInstanceOf(WorkshopService.Outcome.Dropped.class);
    assertThat(workshops.dropWorkshop(network, day, "u2", "u2", 1)).isInstanceOf(WorkshopService.Outcome.NotChosen.class);

    assertThat(seats(1).seated()).containsExactly("u1");
    assertThat(seats(1).waiting()).containsExactly("u3");
    assertThat(seatsGiven).isEmpty();
  }

  @Test
  void choosingTheSameAgain_changesNothing_andTellsThePlace() {
    add("A", 1, 1);
    choose("u1", 1);
    choose("u2", 1);

    assertThat(choose("u2", 1)).isEqualTo(new WorkshopService.Outcome.Unchanged(seats(1).workshop(), 1));
    assertThat(choose("u1", 1)).isEqualTo(new WorkshopService.Outcome.Unchanged(seats(1).workshop(), 0));
  }

  @Test
  void refusals_comeBeforeAnyChange() {
    add("A", 1, 1);
    assertThat(workshops.chooseWorkshop(network, day, "u1", "u2", 1)).isEqualTo(new WorkshopService.Outcome.NotAllowed());
    assertThat(choose("u1", 4)).isEqualTo(new WorkshopService.Outcome.NoSuchWorkshop(4));
    clock.set(day.rsvpDeadline(network.rsvpDeadlineBeforeStart()).minusSeconds(1));
    assertThat(choose("u1", 1)).isInstanceOf(WorkshopService.Outcome.Seated.class);
    clock.set(day.rsvpDeadline(network.rsvpDeadlineBeforeStart()));
    assertThat(workshops.dropWorkshop(network, day, "u1", "u1", 1)).isInstanceOf(WorkshopService.Outcome.Closed.class);
    assertThat(workshops.dropWorkshop(network, day, COORDINATOR, "u1", 1)).isInstanceOf(WorkshopService.Outcome.Dropped.class);
  }

  @Test
  void personalData_exportsChoices_andForgetGivesTheSeatsAway() {
    add("A", 1, 1);
    choose("u1", 1);
    choose("u2", 1);
    WorkshopPersonalData data = new WorkshopPersonalData(database.jdbi(), workshops,
        new MeetingService(new MeetingRepository(database.jdbi()), networks, clock));

    assertThat(data.export("T", "u1").toString()).contains("title=A", "status=seated");

    data.forget("T", "u1", "U0FORGOTTEN");

    assertThat(data.export("T", "u1").toString()).doesNotContain("title=A");
    assertThat(seats(1).seated()).containsExactly("u2");
    assertThat(data.export("T", COORDINATOR).toString()).contains("choices=[]");
    assertThat(workshopsCreatedBy(COORDINATOR)).isEqualTo(1);
    data.forget("T", COORDINATOR, "U0FORGOTTEN");
    assertThat(workshopsCreatedBy(COORDINATOR)).isZero();
  }

  private int workshopsCreatedBy(String user) {
    return database.jdbi().withHandle(h -> h.createQuery("select count(*) from workshop where created_by = :user")
        .bind("user", user).mapTo(Integer.class).one());
  }
}
