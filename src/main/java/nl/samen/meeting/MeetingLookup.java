package nl.samen.meeting;

import java.util.Collection;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.network.NetworkMembers;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Refused;

/**
 * Finds the meeting or network a command, button or form means, for the person who asks: the one
 * place every id passes. A meeting exists only for its network's members and coordinators; to anyone
 * else it is refused exactly as an unknown number is, so that nothing says it exists.
 */
public final class MeetingLookup {
  private final MeetingService meetings;
  private final NetworkService networks;
  private final NetworkMembers members;

  public MeetingLookup(MeetingService meetings, NetworkService networks, NetworkMembers members) {
    this.meetings = meetings;
    this.networks = networks;
    this.members = members;
  }

  public record Found(Network network, Meeting meeting) {}

  /** Who belongs to which network, shared with everything that needs to know (App Home, calendar). */
  public NetworkMembers members() {
    return members;
  }

  public Found byNumber(CommandRequest request, long id) {
    return byNumber(request.teamId(), request.userId(), id);
  }

  /** The meeting numbered {@code id}, if it exists for {@code userId}: for buttons and forms. */
  public Found byNumber(String teamId, String userId, long id) {
    return meetings.meeting(teamId, id)
        .flatMap(m -> networks.network(m.networkId()).map(n -> new Found(n, m)))
        .filter(found -> members.belongs(found.network(), userId))
        .orElseThrow(() -> new Refused("meeting.error.noSuchMeeting", "#" + id));
  }

  /** The numbered meeting, or without a number the next upcoming meeting of this channel's network. */
  public Found byNumberOrNext(CommandRequest request, Optional<Long> id) {
    if (id.isPresent()) {
      return byNumber(request, id.get());
    }
    Network network = networkHere(request);
    Meeting next = meetings.nextMeeting(network).orElseThrow(() -> new Refused("meeting.error.noUpcoming"));
    return new Found(network, next);
  }

  /** The network of the channel the command was typed in, if the caller belongs to it. */
  public Network networkHere(CommandRequest request) {
    return networkOfChannel(request.teamId(), request.userId(), request.channelId())
        .orElseThrow(() -> new Refused("network.error.notANetwork"));
  }

  /** The channel's network, if the person belongs to it; e.g. for a form that names its channel. */
  public Optional<Network> networkOfChannel(String teamId, String userId, String channelId) {
    return networks.networkOfChannel(teamId, channelId).filter(n -> members.belongs(n, userId));
  }

  /**
   * Refuses when a coordinator names someone outside the network, e.g. to answer for them or to mark
   * their attendance: a network's coordinators act for its own members only.
   */
  public void requireMembers(Network network, Collection<String> userIds) {
    userIds.stream().filter(u -> !members.belongs(network, u)).findFirst().ifPresent(outsider -> {
      throw new Refused("network.error.notAMember", outsider);
    });
  }
}
