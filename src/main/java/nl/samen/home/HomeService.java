package nl.samen.home;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Rsvp;
import nl.samen.rsvp.RsvpService;

/** Gathers what a person's App Home shows: their meetings and answers, networks and open items. */
final class HomeService {
  /** Slack allows 100 blocks in a home view; a meeting takes two. */
  static final int MAX_MEETINGS = 12;
  static final int MAX_NETWORKS = 15;

  private final MyNetworks myNetworks;
  private final NetworkService networks;
  private final MeetingService meetings;
  private final RsvpService rsvps;
  private final Clock clock;
  private final List<HomeSection> sections;

  public HomeService(MyNetworks myNetworks, NetworkService networks, MeetingService meetings,
      RsvpService rsvps, Clock clock) {
    this(myNetworks, networks, meetings, rsvps, clock, List.of());
  }

  /** @param sections other features' lines in everyone's home (plan, workshops, agenda) */
  public HomeService(MyNetworks myNetworks, NetworkService networks, MeetingService meetings,
      RsvpService rsvps, Clock clock, List<HomeSection> sections) {
    this.sections = List.copyOf(sections);
    this.myNetworks = myNetworks;
    this.networks = networks;
    this.meetings = meetings;
    this.rsvps = rsvps;
    this.clock = clock;
  }

  public HomePage homeOf(String teamId, String userId, Locale locale) {
    HomeUser user = new HomeUser(teamId, userId, locale);
    List<Network> mine = myNetworks.of(teamId, userId);
    Instant now = clock.instant();
    List<HomePage.Upcoming> upcoming = mine.stream()
        .flatMap(n -> meetings.upcomingMeetings(n).stream().map(m -> new HomePage.Upcoming(n, m,
            rsvps.answerOf(m, userId), now.isBefore(m.rsvpDeadline(n.rsvpDeadlineBeforeStart())),
            lines(s -> s.meetingLines(n, m, user)))))
        .sorted(Comparator.comparing((HomePage.Upcoming u) -> u.meeting().startsAt()))
        .limit(MAX_MEETINGS)
        .toList();
    List<HomePage.Membership> memberships = mine.stream().limit(MAX_NETWORKS)
        .map(n -> new HomePage.Membership(n, networks.isCoordinator(n, userId), meetings.nextMeeting(n),
            lines(s -> s.networkLines(n, user))))
        .toList();
    List<HomePage.OpenItems> open = memberships.stream().filter(HomePage.Membership::coordinator)
        .map(m -> openItems(m.network(), m.next(), user))
        .toList();
    List<HomeTask> tasks = sections.stream().flatMap(s -> s.tasks(mine, user).stream()).toList();
    return new HomePage(user, upcoming, memberships, open, tasks);
  }

  private HomePage.OpenItems openItems(Network network, Optional<Meeting> next, HomeUser user) {
    List<String> notAnswered = next.map(meeting -> {
      Set<String> answered = rsvps.answers(meeting).stream().map(Rsvp::userId).collect(Collectors.toSet());
      return myNetworks.members(network).stream().filter(u -> !answered.contains(u)).toList();
    }).orElse(List.of());
    return new HomePage.OpenItems(network, next, notAnswered, lines(s -> s.openItems(network, user)));
  }

  private List<String> lines(Function<HomeSection, List<String>> contribution) {
    return sections.stream().flatMap(s -> contribution.apply(s).stream()).toList();
  }
}
