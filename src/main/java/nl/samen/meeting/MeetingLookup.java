package nl.samen.meeting;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.network.Network;
import nl.samen.network.NetworkMembers;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;

/**
 * Finds the meeting or network a command, button or form means, for the person who asks: the one
 * place every id passes. A meeting exists only for its network's members and coordinators; to anyone
 * else it is refused exactly as an unknown number is, so that nothing says it exists. What is not
 * found comes back as a value: an empty Optional, or for a command the refusal's {@link Reply}.
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

  /** The meeting numbered {@code id}, if it exists for {@code userId}: for buttons and forms. */
  public Optional<Found> byNumber(String teamId, String userId, long id) {
    return meetings.meeting(teamId, id)
        .flatMap(m -> networks.network(m.networkId()).map(n -> new Found(n, m)))
        .filter(found -> members.belongs(found.network(), userId));
  }

  /** The meeting a button or form names by its text {@code value}: a value that is no number names none. */
  public Optional<Found> byNumber(String teamId, String userId, String value) {
    return value != null && value.matches("\\d{1,18}")
        ? byNumber(teamId, userId, Long.parseLong(value)) : Optional.empty();
  }

  /** The caller's meeting numbered {@code id} handed to {@code then}, or the refusal of an unknown number. */
  public Reply meeting(CommandRequest request, long id, Function<Found, Reply> then) {
    return byNumber(request.teamId(), request.userId(), id).map(then)
        .orElseGet(() -> Reply.refused("meeting.error.noSuchMeeting", "#" + id));
  }

  /** The numbered meeting, or without a number the next upcoming meeting of this channel's network. */
  public Reply meetingOrNext(CommandRequest request, Optional<Long> id, Function<Found, Reply> then) {
    if (id.isPresent()) {
      return meeting(request, id.get(), then);
    }
    return networkHere(request, network -> meetings.nextMeeting(network)
        .map(next -> then.apply(new Found(network, next)))
        .orElseGet(() -> Reply.refused("meeting.error.noUpcoming")));
  }

  /** The network of the channel the command was typed in handed to {@code then}, if the caller belongs to it. */
  public Reply networkHere(CommandRequest request, Function<Network, Reply> then) {
    return networkOfChannel(request.teamId(), request.userId(), request.channelId()).map(then)
        .orElseGet(() -> Reply.refused("network.error.notANetwork"));
  }

  /** The channel's network, if the person belongs to it; e.g. for a form that names its channel. */
  public Optional<Network> networkOfChannel(String teamId, String userId, String channelId) {
    return networks.networkOfChannel(teamId, channelId).filter(n -> members.belongs(n, userId));
  }

  /**
   * The refusal when a coordinator names someone outside the network, e.g. to answer for them or to
   * mark their attendance: a network's coordinators act for its own members only.
   */
  public Optional<Refusal> outsider(Network network, Collection<String> userIds) {
    return userIds.stream().filter(u -> !members.belongs(network, u)).findFirst()
        .map(outsider -> Refusal.of("network.error.notAMember", outsider));
  }
}
