package nl.samen.focus;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.slack.Subcommand;

/** Focus themes (speerpunten): a school's themes this year, and which schools share them. */
public final class FocusFeature implements Feature {
  private final FocusCommands commands;

  public FocusFeature(Core core) {
    FocusRepository repository = new FocusRepository(core.database().jdbi());
    FocusService focus = new FocusService(repository, core.networks(), core.clock());
    this.commands = new FocusCommands(focus, core.networks(), core.settings().defaultZone());
    core.personalData().register(new FocusPersonalData(repository));
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }
}
