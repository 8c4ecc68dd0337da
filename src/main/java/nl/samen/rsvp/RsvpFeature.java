package nl.samen.rsvp;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Subcommand;

/** Answers (by command, button or reason modal) and attendance. */
public final class RsvpFeature implements Feature {
  private final RsvpCommands commands;
  private final RsvpListeners listeners;

  public RsvpFeature(Core core) {
    this.commands = new RsvpCommands(core.rsvps(), core.networks(), core.lookup(), core.people());
    this.listeners = new RsvpListeners(core.rsvps(), core.lookup(), core.people(), core.slack());
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
