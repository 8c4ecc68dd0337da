package nl.samen.focus;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.samen.feature.Feature;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.slack.Subcommand;
import org.jdbi.v3.core.Jdbi;

/** Focus themes (speerpunten): a school's themes this year, and which schools share them. */
public final class FocusFeature implements Feature {
  private final FocusCommands commands;
  private final FocusThemes themes;
  private final PersonalData personalData;

  public FocusFeature(Jdbi jdbi, Clock clock, ZoneId defaultZone, NetworkService networks) {
    FocusRepository repository = new FocusRepository(jdbi);
    this.commands = new FocusCommands(new FocusService(repository, networks, clock), networks, defaultZone);
    this.themes = new FocusThemes(jdbi);
    this.personalData = new FocusPersonalData(repository);
  }

  /** The schools' themes of a year, for the annual report. */
  public FocusThemes themes() {
    return themes;
  }

  /** A person's themes, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }
}
