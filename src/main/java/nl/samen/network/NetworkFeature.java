package nl.samen.network;

import java.util.List;
import nl.samen.feature.Feature;
import nl.samen.privacy.PersonalData;
import nl.samen.slack.People;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/** Networks: setup, coordinators, schools, members. */
public final class NetworkFeature implements Feature {
  private final NetworkCommands commands;
  private final PersonalData personalData;

  /** @param meetingsScheduled the meetings a person scheduled, exported with their membership */
  public NetworkFeature(Jdbi jdbi, NetworkService networks, NetworkMembers members, People people,
      Outbox outbox, PersonalData meetingsScheduled) {
    this.commands = new NetworkCommands(networks, people, outbox, members);
    this.personalData = new MembershipData(jdbi, meetingsScheduled);
  }

  /** School and roles, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }
}
