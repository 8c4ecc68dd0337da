package nl.samen.privacy;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Subcommand;

/**
 * Privacy: a person's export and forget. Registers the personal data of the foundation's tables
 * (answers, attendance, school and roles, direct messages); every other feature registers its own.
 */
public final class PrivacyFeature implements Feature {
  private final PrivacyCommands commands;
  private final PrivacyListeners listeners;

  public PrivacyFeature(Core core) {
    var jdbi = core.database().jdbi();
    core.personalData().register(new MembershipData(jdbi));
    core.personalData().register(new AnswersData(jdbi, core.clock()));
    core.personalData().register(new AttendanceData(jdbi));
    core.personalData().register(new MessagesData(jdbi));
    PrivacyService privacy = new PrivacyService(core.personalData(), new PrivacyRepository(jdbi), core.changes(),
        core.clock());
    this.commands = new PrivacyCommands(privacy, core.slack(), core.clock());
    this.listeners = new PrivacyListeners(privacy, core.people());
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
