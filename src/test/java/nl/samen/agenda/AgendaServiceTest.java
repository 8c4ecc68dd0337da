package nl.samen.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingDraft;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agenda rules on a real SQLite database, without Slack. */
class AgendaServiceTest {
  private static final String COORDINATOR = "UC";

  private Database database;
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");
  private AgendaRepository repository;
  private AgendaService agendas;
  private Network network;
  private Meeting meeting;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(Files.createTempDirectory("samen-agenda").resolve("test.db"));
    NetworkService networks = new NetworkService(new NetworkRepository(database.jdbi()), clock,
        ZoneId.of("Europe/Amsterdam"));
    repository = new AgendaRepository(database.jdbi());
    agendas = new AgendaService(repository, networks, clock);
    network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T", "C", COORDINATOR, "IB", false)).network();
    meeting = ((MeetingService.Scheduled.Done) new MeetingService(new MeetingRepository(database.jdbi()), networks, clock)
        .scheduleMeetings(network, COORDINATOR, new MeetingDraft("Overleg", Meeting.Kind.MEETING,
            LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), Optional.empty(), Optional.empty(), Optional.empty())))
        .meetings().get(0);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void numbersAreNeverReused_soARemovedItemLeavesAGap() {
    agendas.addItem(network, meeting, COORDINATOR, AgendaItem.Draft.proposal("Een"));
    agendas.addItem(network, meeting, COORDINATOR, AgendaItem.Draft.proposal("Twee"));
    agendas.removeItem(network, meeting, COORDINATOR, 2);
    agendas.addItem(network, meeting, COORDINATOR, AgendaItem.Draft.proposal("Drie"));

    assertThat(agendas.items(meeting)).extracting(AgendaItem::number, AgendaItem::title)
        .containsExactly(tuple(1, "Een"), tuple(3, "Drie"));
  }

  @Test
  void anAgendaIsFullAtItsMaximum_proposalsIncluded() {
    for (int i = 0; i < AgendaService.MAX_ITEMS; i++) {
      agendas.proposeItem(network, meeting, "U" + i, "Punt " + i);
    }

    assertThat(agendas.addItem(network, meeting, COORDINATOR, AgendaItem.Draft.proposal("Eén te veel")))
        .isEqualTo(new AgendaService.Change.Full(AgendaService.MAX_ITEMS));
  }

  @Test
  void anAgendaCannotBePostedOnceTheMeetingStarted() {
    clock.set(meeting.startsAt());

    assertThat(agendas.postAgenda(network, meeting, COORDINATOR)).isEqualTo(new AgendaService.Change.AlreadyStarted());
    assertThat(agendas.isPosted(meeting)).isFalse();
  }

  @Test
  void personalData_exportsItemsOfThePerson_andForgetKeepsTheItemsWithoutTheirId() {
    agendas.proposeItem(network, meeting, "U0MEMBER", "Privacy");
    agendas.addItem(network, meeting, COORDINATOR, new AgendaItem.Draft("Casus", Optional.empty(),
        Optional.empty(), Optional.of("U0MEMBER")));
    AgendaPersonalData data = new AgendaPersonalData(repository, new CarryRepository(database.jdbi()));

    assertThat(data.export("T", "U0MEMBER").toString()).contains("title=Privacy", "title=Casus");

    data.forget("T", "U0MEMBER", "U0GONE");

    assertThat(data.export("T", "U0MEMBER").toString()).isEqualTo("[]");
    assertThat(agendas.items(meeting)).singleElement().extracting(AgendaItem::owner).isEqualTo(Optional.of("U0GONE"));
    assertThat(agendas.proposals(meeting)).singleElement().extracting(AgendaItem::createdBy).isEqualTo("U0GONE");
  }
}
