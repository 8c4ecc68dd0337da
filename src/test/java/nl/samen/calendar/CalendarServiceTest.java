package nl.samen.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingDraft;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.rsvp.RsvpService;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarServiceTest {
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");
  private Database database;
  private CalendarService calendar;
  private Function<List<AgendaSource>, CalendarService> calendarWith;

  @BeforeEach
  void setUp() throws Exception {
    database = Database.open(Files.createTempDirectory("samen-calendar").resolve("c.db"));
    NetworkRepository networkRepository = new NetworkRepository(database.jdbi());
    NetworkService networks = new NetworkService(networkRepository, clock, ZoneId.of("Europe/Amsterdam"));
    MeetingRepository meetingRepository = new MeetingRepository(database.jdbi());
    MeetingService meetings = new MeetingService(meetingRepository, networks, clock);
    MyNetworks myNetworks = new MyNetworks(networks, (team, channel) -> List.of("U1", "U2"), clock);
    RsvpService rsvps = new RsvpService(new RsvpRepository(database.jdbi()), networks, clock);
    calendarWith = agendas -> new CalendarService(new CalendarRepository(database.jdbi()), myNetworks, meetings,
        rsvps, clock, user -> Locale.ENGLISH, agendas);
    calendar = calendarWith.apply(List.of());
    Network network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T1", "C1", "U1", "IB", false)).network();
    meetings.scheduleMeetings(network, "U1", new MeetingDraft("Overleg", Meeting.Kind.MEETING,
        LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  @Test
  void theAgendaOfTheAgendaFeature_goesWithEachMeeting() {
    CalendarService calendar = calendarWith.apply(
        List.of((meeting, locale) -> Optional.of("1. Opening of #" + meeting.id())));

    var feed = calendar.feed(calendar.tokenFor("T1", "U2")).orElseThrow();

    assertThat(feed.entries()).singleElement()
        .satisfies(e -> assertThat(e.agenda()).contains("1. Opening of #" + e.meeting().id()));
  }

  @Test
  void tokensAre43UrlSafeCharacters_perPersonAndWorkspace() {
    String token = calendar.tokenFor("T1", "U2");

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(calendar.tokenFor("T1", "U2")).isEqualTo(token);
    assertThat(calendar.tokenFor("T2", "U2")).isNotEqualTo(token);
    assertThat(calendar.feed(token).orElseThrow().userId()).isEqualTo("U2");
    assertThat(calendar.feed(token + "x")).isEmpty();
    assertThat(calendar.feed("' or 1=1 --")).isEmpty();
  }
}
