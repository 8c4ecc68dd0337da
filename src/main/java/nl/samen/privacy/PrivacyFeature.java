package nl.samen.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.samen.event.Events;
import nl.samen.feature.Feature;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import org.jdbi.v3.core.Jdbi;

/**
 * Privacy: a person's export and forget, over every feature's {@link PersonalData} and the direct
 * messages Samen sent them (the outbox).
 */
public final class PrivacyFeature implements Feature {
  private final PrivacyCommands commands;
  private final PrivacyListeners listeners;

  /**
   * @param features the personal data of every other feature, in the order the export shows them
   * @param soleCoordinators who alone coordinates which networks (the networks feature)
   */
  public PrivacyFeature(Jdbi jdbi, Clock clock, Events events, People people, SlackGateway slack,
      List<PersonalData> features, SoleCoordinators soleCoordinators) {
    List<PersonalData> parts = new ArrayList<>(features);
    parts.add(new MessagesData(jdbi));
    PrivacyService privacy = new PrivacyService(parts, new PrivacyRepository(jdbi), soleCoordinators, events, clock);
    this.commands = new PrivacyCommands(privacy, slack, clock);
    this.listeners = new PrivacyListeners(privacy, people);
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
