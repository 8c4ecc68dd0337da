package nl.samen.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.samen.slack.SlackCallFailed;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkMembersTest {
  private final MutableClock clock = MutableClock.at("2026-11-23T08:00:00Z");
  private final List<String> asked = new ArrayList<>();
  private List<String> inChannel = List.of("UMEMBER");
  private boolean slackFails;
  private Database database;
  private NetworkService networks;
  private NetworkMembers members;
  private Network network;

  @BeforeEach
  void setUp() throws Exception {
    database = Database.open(Files.createTempDirectory("samen-walls").resolve("walls.db"));
    networks = new NetworkService(new NetworkRepository(database.jdbi()), clock, ZoneId.of("Europe/Amsterdam"));
    network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T1", "G1", "UCOORD", "Directeuren", false))
        .network();
    members = new NetworkMembers(networks, (team, channel) -> {
      asked.add(channel);
      if (slackFails) {
        // The gateway's failure type has no public constructor: a seam hard to produce for real.
        throw mock(SlackCallFailed.class);
      }
      return inChannel;
    }, clock);
  }

  @AfterEach
  void tearDown() {
    database.close();
  }

  @Test
  void channelMembersAndCoordinatorsBelong_nobodyElse() {
    assertThat(members.belongs(network, "UMEMBER")).isTrue();
    assertThat(members.belongs(network, "UCOORD")).isTrue();
    assertThat(members.belongs(network, "UOUTSIDER")).isFalse();
  }

  @Test
  void slackIsAskedOncePerChannelWhileFresh_andAgainAfterAJoinOrLeave() {
    members.belongs(network, "UMEMBER");
    members.belongs(network, "UOUTSIDER");
    assertThat(asked).hasSize(1);

    inChannel = List.of("UMEMBER", "UOUTSIDER");
    assertThat(members.belongs(network, "UOUTSIDER")).isFalse();
    members.channelChanged("G1");
    assertThat(members.belongs(network, "UOUTSIDER")).isTrue();

    clock.advance(Duration.ofMinutes(11));
    members.belongs(network, "UOUTSIDER");
    assertThat(asked).hasSize(3);
  }

  @Test
  void whenSlackFails_theLastKnownMembersServe_andWithNoneKnownTheFailureIsPassedOn() {
    members.belongs(network, "UMEMBER");
    slackFails = true;
    clock.advance(Duration.ofMinutes(11));

    assertThat(members.belongs(network, "UMEMBER")).isTrue();
    members.channelChanged("G1");
    assertThatThrownBy(() -> members.belongs(network, "UMEMBER")).isInstanceOf(SlackCallFailed.class);
    assertThat(members.belongs(network, "UCOORD")).isTrue();
  }
}
