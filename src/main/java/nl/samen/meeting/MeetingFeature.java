package nl.samen.meeting;

import java.util.List;
import nl.samen.feature.Feature;
import nl.samen.network.NetworkService;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;

/** Meetings: schedule (by command or modal), list, show, move, cancel; and their notices. */
public final class MeetingFeature implements Feature {
  private final MeetingCommands commands;
  private final MeetingListeners listeners;

  /**
   * @param rsvps the answers, as meetings show them (the answers feature's)
   * @param sections what other features add to {@code meeting <id>}, e.g. the agenda and the workshops
   */
  public MeetingFeature(MeetingService meetings, NetworkService networks, MeetingAnswers rsvps, MeetingLookup lookup,
      People people, SlackGateway slack, Outbox outbox, List<MeetingSection> sections) {
    new MeetingNotices(outbox, people, rsvps, meetings, networks);
    this.commands = new MeetingCommands(meetings, networks, rsvps, lookup, slack, sections);
    this.listeners = new MeetingListeners(meetings, lookup, people);
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(listeners);
  }
}
