package nl.samen.calendar;

import java.time.Clock;
import java.util.List;
import nl.samen.feature.Feature;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.MeetingService;
import nl.samen.privacy.PersonalData;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.People;
import nl.samen.slack.Subcommand;
import nl.samen.web.WebServer;
import org.jdbi.v3.core.Jdbi;

/** The personal calendar feed: the link by command, the feed over HTTP. */
public final class CalendarFeature implements Feature {
  private final CalendarCommands commands;
  private final CalendarRoute route;
  private final PersonalData personalData;

  /**
   * @param myNetworks shared with the App Home, so both see the same channel members
   * @param agendas what goes into each meeting's description (the agenda feature's text)
   */
  public CalendarFeature(Jdbi jdbi, Clock clock, String publicUrl, MyNetworks myNetworks, MeetingService meetings,
      RsvpService rsvps, People people, List<AgendaSource> agendas) {
    CalendarRepository tokens = new CalendarRepository(jdbi);
    CalendarService calendar = new CalendarService(tokens, myNetworks, meetings, rsvps, clock, people::localeOf,
        agendas);
    this.commands = new CalendarCommands(calendar, publicUrl);
    this.route = new CalendarRoute(calendar, clock);
    this.personalData = new CalendarPersonalData(tokens);
  }

  /** The person's feed token, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  @Override
  public List<WebServer.Route> routes() {
    return List.of(new WebServer.Route(CalendarRoute.PATH, route::page));
  }
}
