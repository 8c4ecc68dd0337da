package nl.samen.home;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import nl.samen.event.SamenEvent;
import nl.samen.feature.Feature;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.People;
import nl.samen.slack.RecentEvents;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import org.jdbi.v3.core.Jdbi;

/**
 * The App Home tab: each person's upcoming meetings with RSVP buttons, their networks and, for
 * coordinators, the open items. Published when the tab opens and refreshed when the person's data
 * changes: an answer, a meeting of one of their networks, their channels, or other features' data.
 */
public final class HomeFeature implements Feature {
  private final NetworkService networks;
  private final HomePublisher publisher;
  private final HomeListeners listeners;
  private final HomeOpenedRepository openings;

  /**
   * @param myNetworks shared with the calendar feed, so both see the same channel members
   * @param sections other features' lines in everyone's home (plan, workshops, agenda)
   */
  public HomeFeature(Jdbi jdbi, MyNetworks myNetworks, NetworkService networks, MeetingService meetings,
      RsvpService rsvps, Clock clock, People people, SlackGateway slack, Executor background,
      List<HomeSection> sections, RecentEvents recent) {
    this.networks = networks;
    HomeService home = new HomeService(myNetworks, networks, meetings, rsvps, clock, sections);
    this.openings = new HomeOpenedRepository(jdbi);
    this.publisher = new HomePublisher(home, myNetworks, slack, people::localeOf, background, openings, clock);
    this.listeners = new HomeListeners(publisher, recent);
  }

  /** Something this person sees changed (joining or leaving a channel changes their networks too). */
  public void userChanged(String teamId, String userId) {
    publisher.changed(teamId, userId);
  }

  /** The person's answer changed, and the coordinators' open items (who has not answered). */
  public void answerRecorded(SamenEvent.AnswerRecorded answer) {
    publisher.changed(answer.teamId(), answer.userId());
    networks.network(answer.networkId()).ifPresent(n ->
        networks.coordinators(n).forEach(c -> publisher.changed(n.teamId(), c)));
  }

  /** A meeting of the network was scheduled, moved or cancelled. */
  public void networkChanged(long networkId) {
    networks.network(networkId).ifPresent(publisher::networkChanged);
  }

  /** When each person last opened their home, for privacy export and forget. */
  public PersonalData personalData() {
    return new HomePersonalData(openings);
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(listeners);
  }
}
