package nl.samen.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import nl.samen.slack.SlackCallFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who belongs to a network: its channel's human members and its coordinators. The one check behind
 * the walls between networks, and the one cache of channel members the app shares: asked of Slack at
 * most once a minute per channel, and forgotten as soon as Slack says someone joined or left.
 */
public final class NetworkMembers {
  private static final Logger log = LoggerFactory.getLogger(NetworkMembers.class);
  /**
   * Short: a join or leave reaches one instance only (it forgets at once), and the others must not
   * keep a wall open or shut for long.
   */
  private static final Duration FRESH = Duration.ofMinutes(1);

  private final NetworkService networks;
  private final BiFunction<String, String, List<String>> channelMembers;
  private final Clock clock;
  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(List<String> members, Instant at) {}

  /** @param channelMembers the human members of a channel, from Slack */
  public NetworkMembers(NetworkService networks, BiFunction<String, String, List<String>> channelMembers, Clock clock) {
    this.networks = networks;
    this.channelMembers = channelMembers;
    this.clock = clock;
  }

  /** Whether the person may see and act on the network's meetings, plan and everything under them. */
  public boolean belongs(Network network, String userId) {
    return networks.isCoordinator(network, userId) || members(network).contains(userId);
  }

  /**
   * The channel's human members. When Slack fails, the last known list serves; with none known the
   * failure is passed on, so that a wall never opens or closes on a guess.
   */
  public List<String> members(Network network) {
    Cached known = cache.get(network.channelId());
    if (known != null && known.at().plus(FRESH).isAfter(clock.instant()) && !clock.instant().isBefore(known.at())) {
      return known.members();
    }
    try {
      List<String> members = List.copyOf(channelMembers.apply(network.teamId(), network.channelId()));
      cache.put(network.channelId(), new Cached(members, clock.instant()));
      return members;
    } catch (SlackCallFailed e) {
      if (known == null) {
        throw e;
      }
      log.warn("Members of channel {} could not be read: {}", network.channelId(), e.getMessage());
      return known.members();
    }
  }

  /** Someone joined or left the channel: ask Slack again next time. Idempotent, as Slack may repeat events. */
  public void channelChanged(String channelId) {
    cache.remove(channelId);
  }
}
