package nl.samen.home;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingListener;
import nl.samen.slack.SlackApp;

/**
 * The App Home tab: each person's upcoming meetings with RSVP buttons, their networks and, for
 * coordinators, the open items. Published when the tab opens and refreshed when the person's data
 * changes: an answer, a meeting of one of their networks, or any feature's {@code UserDataChanges}.
 */
public final class HomeFeature implements Feature {
  private final HomeService home;
  private final HomeListeners listeners;

  /** @param myNetworks shared with the calendar feed, so both see the same channel members */
  public HomeFeature(Core core, MyNetworks myNetworks) {
    this.home = new HomeService(myNetworks, core.networks(), core.meetings(), core.rsvps(), core.clock());
    HomePublisher publisher = new HomePublisher(home, myNetworks, core.slack(), core.people()::localeOf,
        core.background());
    this.listeners = new HomeListeners(publisher);
    // Joining or leaving a channel changes the person's networks.
    core.people().onMembershipChange((teamId, channelId, userId) -> publisher.changed(teamId, userId));
    core.changes().listen(publisher::changed);
    core.rsvps().addListener((meeting, rsvp) -> {
      publisher.changed(meeting.teamId(), rsvp.userId());
      // Coordinators' open items (who has not answered) changed too.
      core.networks().network(meeting.networkId()).ifPresent(n ->
          core.networks().coordinators(n).forEach(c -> publisher.changed(n.teamId(), c)));
    });
    core.meetings().addListener(new MeetingListener() {
      @Override
      public void meetingsScheduled(List<Meeting> meetings) {
        meetings.stream().map(Meeting::networkId).distinct().forEach(this::changed);
      }

      @Override
      public void meetingMoved(Meeting before, Meeting after) {
        changed(after.networkId());
      }

      @Override
      public void meetingCancelled(Meeting meeting) {
        changed(meeting.networkId());
      }

      @Override
      public void deadlineChanged(Meeting before, Meeting after) {
        changed(after.networkId());
      }

      private void changed(long networkId) {
        core.networks().network(networkId).ifPresent(publisher::networkChanged);
      }
    });
  }

  /** The seam for other features (plan, workshops, agenda): their lines in everyone's home. */
  public void addSection(HomeSection section) {
    home.addSection(section);
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(listeners);
  }
}
