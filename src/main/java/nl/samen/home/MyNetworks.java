package nl.samen.home;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.samen.network.Network;
import nl.samen.network.NetworkMembers;
import nl.samen.network.NetworkService;
import nl.samen.slack.SlackCallFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which networks a person belongs to: those whose channel they are in, and those they coordinate.
 * The channels' members come from the app's one {@link NetworkMembers}, shared with the walls
 * between networks, because every home view and calendar fetch asks for them.
 */
public final class MyNetworks {
  private static final Logger log = LoggerFactory.getLogger(MyNetworks.class);

  private final NetworkService networks;
  private final NetworkMembers members;

  public MyNetworks(NetworkService networks, NetworkMembers members) {
    this.networks = networks;
    this.members = members;
  }

  /** @param channelMembers the human members of a network's channel (team, channel), from Slack */
  public MyNetworks(NetworkService networks, BiFunction<String, String, List<String>> channelMembers, Clock clock) {
    this(networks, new NetworkMembers(networks, channelMembers, clock));
  }

  public List<Network> of(String teamId, String userId) {
    return networks.all().stream()
        .filter(n -> n.teamId().equals(teamId))
        .filter(n -> belongs(n, userId))
        .toList();
  }

  private boolean belongs(Network network, String userId) {
    try {
      return members.belongs(network, userId);
    } catch (SlackCallFailed e) {
      log.warn("Members of channel {} could not be read: {}", network.channelId(), e.getMessage());
      return false;
    }
  }

  /** The channel's human members; when Slack fails and none are known, none. */
  public List<String> members(Network network) {
    try {
      return members.members(network);
    } catch (SlackCallFailed e) {
      log.warn("Members of channel {} could not be read: {}", network.channelId(), e.getMessage());
      return List.of();
    }
  }

  /** Everyone who belongs to the network: its channel's members and its coordinators. */
  public List<String> people(Network network) {
    return Stream.concat(members(network).stream(), networks.coordinators(network).stream())
        .distinct().toList();
  }

  /** Someone joined or left the channel: ask Slack again next time. */
  public void channelChanged(String channelId) {
    members.channelChanged(channelId);
  }
}
