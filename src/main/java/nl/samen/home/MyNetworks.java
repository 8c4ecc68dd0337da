package nl.samen.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import nl.samen.Core;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.slack.SlackCallFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which networks a person belongs to: those whose channel they are in, and those they coordinate.
 * A channel's members come from Slack and are kept for a few minutes (or until Slack says someone
 * joined or left), because every home view and calendar fetch asks for them.
 */
public final class MyNetworks {
  private static final Logger log = LoggerFactory.getLogger(MyNetworks.class);
  private static final Duration FRESH = Duration.ofMinutes(10);

  private final NetworkRepository networks;
  private final NetworkService networkService;
  private final Function<String, List<String>> channelMembers;
  private final Clock clock;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(List<String> members, Instant at) {}

  /** @param channelMembers the human members of a channel, from Slack */
  public MyNetworks(NetworkRepository networks, NetworkService networkService,
      Function<String, List<String>> channelMembers, Clock clock) {
    this.networks = networks;
    this.networkService = networkService;
    this.channelMembers = channelMembers;
    this.clock = clock;
  }

  /**
   * The one instance the app shares (App Home and calendar feeds): it forgets a channel's members as
   * soon as Slack says someone joined or left.
   */
  public static MyNetworks of(Core core) {
    MyNetworks myNetworks = new MyNetworks(new NetworkRepository(core.database().jdbi()), core.networks(),
        core.people()::humanMembers, core.clock());
    core.people().onMembershipChange((teamId, channelId, userId) -> myNetworks.channelChanged(channelId));
    return myNetworks;
  }

  public List<Network> of(String teamId, String userId) {
    return networks.all().stream()
        .filter(n -> n.teamId().equals(teamId))
        .filter(n -> members(n).contains(userId) || networkService.isCoordinator(n, userId))
        .toList();
  }

  /** The channel's human members; when Slack fails, the last known list (or none) serves. */
  public List<String> members(Network network) {
    Cached known = cache.get(network.channelId());
    if (known != null && known.at().plus(FRESH).isAfter(clock.instant())) {
      return known.members();
    }
    try {
      List<String> members = List.copyOf(channelMembers.apply(network.channelId()));
      cache.put(network.channelId(), new Cached(members, clock.instant()));
      return members;
    } catch (SlackCallFailed e) {
      log.warn("Members of channel {} could not be read: {}", network.channelId(), e.getMessage());
      return known == null ? List.of() : known.members();
    }
  }

  /** Everyone who belongs to the network: its channel's members and its coordinators. */
  public List<String> people(Network network) {
    return java.util.stream.Stream.concat(members(network).stream(),
        networkService.coordinators(network).stream()).distinct().toList();
  }

  /** Someone joined or left the channel: ask Slack again next time. */
  public void channelChanged(String channelId) {
    cache.remove(channelId);
  }
}
