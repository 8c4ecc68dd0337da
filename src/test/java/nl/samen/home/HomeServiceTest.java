package nl.samen.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

class HomeServiceTest {
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");
  private Database database;
  private NetworkService networks;
  private MeetingService meetings;
  private RsvpService rsvps;
  private HomeService home;
  private MyNetworks myNetworks;
  private Network network;
  private Meeting meeting;

  @BeforeEach
  void setUp() throws Exception {
    database = Database.open(Files.createTempDirectory("samen-home").resolve("home.db"));
    NetworkRepository networkRepository = new NetworkRepository(database.jdbi());
    networks = new NetworkService(networkRepository, clock, ZoneId.of("Europe/Amsterdam"));
    meetings = new MeetingService(new MeetingRepository(database.jdbi()), networks, clock);
    rsvps = new RsvpService(new RsvpRepository(database.jdbi()), networks, clock);
    myNetworks = new MyNetworks(networks,
        (team, channel) -> channel.equals("C1") ? List.of("UCOORD", "UMEMBER", "UOTHER") : List.of(), clock);
    home = new HomeService(myNetworks, networks, meetings, rsvps, clock);
    network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T1", "C1", "UCOORD", "IB", false)).network();
    networks.setUpNetwork("T1", "C2", "UELSE", "Directeuren", false);
    meeting = ((MeetingService.Scheduled.Done) meetings.scheduleMeetings(network, "UCOORD", new MeetingDraft(
        "Overleg", Meeting.Kind.MEETING, LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), Optional.empty(),
        Optional.empty(), Optional.empty()))).meetings().get(0);
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  @Test
  void aMembersHome_hasOnlyTheNetworksWhoseChannelTheyAreIn_andNoOpenItems() {
    HomePage page = home.homeOf("T1", "UMEMBER", Locale.ENGLISH);

    assertThat(page.networks()).extracting(m -> m.network().name()).containsExactly("IB");
    assertThat(page.meetings()).hasSize(1);
    assertThat(page.meetings().get(0).answersOpen()).isTrue();
    assertThat(page.openItems()).isEmpty();
  }

  @Test
  void aCoordinatorOutsideTheChannel_stillSeesTheNetworkAndItsOpenItems() {
    networks.addCoordinator(network, "UCOORD", "UOUTSIDE");
    rsvps.recordAnswer(network, meeting, "UMEMBER", "UMEMBER", Answer.YES, Optional.empty());

    HomePage page = home.homeOf("T1", "UOUTSIDE", Locale.ENGLISH);

    assertThat(page.openItems()).singleElement()
        .satisfies(items -> assertThat(items.notAnswered()).containsExactly("UCOORD", "UOTHER"));
  }

  @Test
  void sectionsOfOtherFeatures_addTheirLinesToNetworksMeetingsAndOpenItems() {
    HomeService home = new HomeService(myNetworks, networks, meetings, rsvps, clock, List.of(new HomeSection() {
      @Override
      public List<String> networkLines(Network n, HomeUser user) {
        return List.of("Plan: 3 of 7 done (" + user.userId() + ")");
      }

      @Override
      public List<String> meetingLines(Network n, Meeting m, HomeUser user) {
        return List.of("Workshop for #" + m.id());
      }

      @Override
      public List<String> openItems(Network n, HomeUser user) {
        return List.of("2 proposed agenda items");
      }
    }));

    HomePage page = home.homeOf("T1", "UCOORD", Locale.ENGLISH);

    assertThat(page.networks().get(0).extraLines()).containsExactly("Plan: 3 of 7 done (UCOORD)");
    assertThat(page.meetings().get(0).extraLines()).containsExactly("Workshop for #" + meeting.id());
    assertThat(page.openItems().get(0).extraLines()).containsExactly("2 proposed agenda items");
    String view = com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(HomeViews.home(page));
    assertThat(view).contains("Plan: 3 of 7 done (UCOORD)", "Workshop for #1", "2 proposed agenda items");
  }

  @Test
  void manyMeetings_stayWithinSlacksHundredBlocks() {
    for (int i = 0; i < 30; i++) {
      meetings.scheduleMeetings(network, "UCOORD", new MeetingDraft("M" + i, Meeting.Kind.MEETING,
          LocalDate.of(2027, 1, 4).plusDays(i), LocalTime.of(9, 0), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }

    HomePage page = home.homeOf("T1", "UCOORD", Locale.ENGLISH);

    assertThat(page.meetings()).hasSize(HomeService.MAX_MEETINGS);
    assertThat(page.meetings().get(0).meeting().id()).isEqualTo(meeting.id());
    assertThat(HomeViews.home(page).getBlocks()).hasSizeLessThanOrEqualTo(100);
  }
}
