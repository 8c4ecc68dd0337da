package nl.samen.meeting;

import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Refused;

/** Finds the meeting a command means (by number, or the channel's next one) and its network. */
public final class MeetingLookup {
  private final MeetingService meetings;
  private final NetworkService networks;

  public MeetingLookup(MeetingService meetings, NetworkService networks) {
    this.meetings = meetings;
    this.networks = networks;
  }

  public record Found(Network network, Meeting meeting) {}

  public Found byNumber(String teamId, long id) {
    Meeting meeting = meetings.meeting(teamId, id).orElseThrow(() -> new Refused("meeting.error.noSuchMeeting", "#" + id));
    return new Found(networks.network(meeting.networkId()).orElseThrow(), meeting);
  }

  /** The numbered meeting, or without a number the next upcoming meeting of this channel's network. */
  public Found byNumberOrNext(CommandRequest request, Optional<Long> id) {
    if (id.isPresent()) {
      return byNumber(request.teamId(), id.get());
    }
    Network network = networkHere(request);
    Meeting next = meetings.nextMeeting(network).orElseThrow(() -> new Refused("meeting.error.noUpcoming"));
    return new Found(network, next);
  }

  public Network networkHere(CommandRequest request) {
    return networks.networkOfChannel(request.teamId(), request.channelId())
        .orElseThrow(() -> new Refused("network.error.notANetwork"));
  }
}
