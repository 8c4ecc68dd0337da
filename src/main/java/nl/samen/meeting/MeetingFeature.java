package nl.samen.meeting;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Subcommand;

/** Meetings: schedule (by command or modal), list, show, move, cancel. */
public final class MeetingFeature implements Feature {
  private final MeetingCommands commands;
  private final MeetingListeners listeners;

  public MeetingFeature(Core core) {
    this.commands = new MeetingCommands(core.meetings(), core.networks(), core.rsvps(), core.lookup(),
        core.slack());
    this.listeners = new MeetingListeners(core.meetings(), core.lookup(), core.people());
  }

  /** Lets other features add to {@code meeting <id>}, e.g. the agenda and the workshops. */
  public void addSection(MeetingSection section) {
    commands.addSection(section);
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
