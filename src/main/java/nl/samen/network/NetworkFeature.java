package nl.samen.network;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.slack.Subcommand;

/** Networks: setup, coordinators, schools, members. */
public final class NetworkFeature implements Feature {
  private final NetworkCommands commands;

  public NetworkFeature(Core core) {
    this.commands = new NetworkCommands(core.networks(), core.people(), core.outbox(), core.lookup().members());
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }
}
