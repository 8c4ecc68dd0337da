package nl.samen.calendar;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.MeetingRepository;
import nl.samen.slack.Subcommand;
import nl.samen.web.WebServer;

/** The personal calendar feed: the link by command, the feed over HTTP. */
public final class CalendarFeature implements Feature {
  private final CalendarService calendar;
  private final CalendarCommands commands;
  private final CalendarRoute route;

  /** @param myNetworks shared with the App Home, so both see the same channel members */
  public CalendarFeature(Core core, MyNetworks myNetworks) {
    CalendarRepository tokens = new CalendarRepository(core.database().jdbi());
    this.calendar = new CalendarService(tokens, myNetworks, new MeetingRepository(core.database().jdbi()),
        core.rsvps(), core.clock(), core.people()::localeOf);
    this.commands = new CalendarCommands(calendar, core.settings().publicUrl());
    this.route = new CalendarRoute(calendar, core.clock());
    core.personalData().register(new CalendarPersonalData(tokens));
  }

  /** The seam for the agenda feature: its agenda text goes into each meeting's description. */
  public void addAgendaSource(AgendaSource source) {
    calendar.addAgendaSource(source);
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
