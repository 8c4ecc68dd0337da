package nl.samen.report;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.meeting.MeetingRepository;
import nl.samen.network.NetworkRepository;
import nl.samen.plan.BudgetRepository;
import nl.samen.home.HomeSection;
import nl.samen.plan.PlanCommands;
import nl.samen.plan.PlanHomeSection;
import nl.samen.plan.PlanPersonalData;
import nl.samen.plan.PlanRepository;
import nl.samen.plan.PlanService;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.slack.Subcommand;
import nl.samen.web.WebServer;

/**
 * The annual plan and its report: wires the {@code plan} commands (package plan) together with the
 * report command and the report page, which read the plan. It lives here because report depends on
 * plan and not the other way round.
 */
public final class ReportFeature implements Feature {
  private final PlanCommands commands;
  private final ReportLinks links;
  private final PlanHomeSection homeSection;

  public ReportFeature(Core core) {
    var jdbi = core.database().jdbi();
    PlanService plans = new PlanService(new PlanRepository(jdbi), new BudgetRepository(jdbi), core.networks(),
        core.meetings(), core.clock());
    ReportService reports = new ReportService(plans, new MeetingRepository(jdbi), new RsvpRepository(jdbi),
        new NetworkRepository(jdbi), new FocusThemes(jdbi), core.clock());
    this.links = new ReportLinks(jdbi, core.clock());
    ReportCommand report = new ReportCommand(reports, links, plans, core.networks(), core.lookup(), core.people(),
        core.slack(), new PersonNames(core.slack(), core.clock()), core.settings().publicUrl());
    this.commands = new PlanCommands(plans, core.lookup(), core.changes(), report::report);
    this.homeSection = new PlanHomeSection(plans);
    core.personalData().register(new PlanPersonalData(jdbi));
    core.personalData().register(new ReportPersonalData(jdbi));
  }

  /** The plan's progress per network, for the App Home. */
  public HomeSection homeSection() {
    return homeSection;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  @Override
  public List<WebServer.Route> routes() {
    return List.of(new WebServer.Route(ReportPage.PATH, new ReportPage(links)::page));
  }
}
