package nl.samen.plan;

import java.util.List;
import java.util.function.Function;
import nl.samen.event.Events;
import nl.samen.feature.Feature;
import nl.samen.home.HomeSection;
import nl.samen.meeting.MeetingLookup;
import nl.samen.privacy.PersonalData;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import org.jdbi.v3.core.Jdbi;

/** The annual plan: goals, activities, progress, budget; {@code plan report} is the report's. */
public final class PlanFeature implements Feature {
  private final PlanCommands commands;
  private final PlanHomeSection homeSection;
  private final PersonalData personalData;

  /** @param report answers {@code plan report} (the report feature, which reads the plan) */
  public PlanFeature(Jdbi jdbi, PlanService plans, MeetingLookup lookup, Events events,
      Function<CommandRequest, Reply> report) {
    this.commands = new PlanCommands(plans, lookup, events, report);
    this.homeSection = new PlanHomeSection(plans);
    this.personalData = new PlanPersonalData(jdbi);
  }

  /** The plan's progress per network, for the App Home. */
  public HomeSection homeSection() {
    return homeSection;
  }

  /** Activities someone owns, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }
}
