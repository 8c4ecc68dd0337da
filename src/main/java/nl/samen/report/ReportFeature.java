package nl.samen.report;

import java.time.Clock;
import java.util.List;
import nl.samen.agenda.MeetingOutcomes;
import nl.samen.feature.Feature;
import nl.samen.focus.FocusThemes;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.plan.PlanService;
import nl.samen.privacy.PersonalData;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.People;
import nl.samen.slack.Reply;
import nl.samen.slack.SlackGateway;
import nl.samen.web.WebServer;
import org.jdbi.v3.core.Jdbi;

/**
 * The annual report: {@code plan report} (answered for the plan feature) and the report page. It
 * reads the plan, meetings, answers and focus themes through those features' APIs.
 */
public final class ReportFeature implements Feature {
  private final ReportLinks links;
  private final ReportCommand command;
  private final PersonalData personalData;

  public ReportFeature(Jdbi jdbi, Clock clock, PlanService plans, NetworkService networks, MeetingService meetings,
      RsvpService rsvps, FocusThemes focus, MeetingLookup lookup, People people, SlackGateway slack,
      String publicUrl, MeetingOutcomes outcomes, MeetingScores scores) {
    ReportService reports = new ReportService(plans, meetings, rsvps, networks, focus, outcomes, scores, clock);
    this.links = new ReportLinks(jdbi, clock);
    this.command = new ReportCommand(reports, links, plans, networks, lookup, people, slack,
        new PersonNames(slack, clock), publicUrl);
    this.personalData = new ReportPersonalData(jdbi);
  }

  /** Answers {@code plan report}. */
  public Reply report(CommandRequest request) {
    return command.report(request);
  }

  /** The links someone made, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<WebServer.Route> routes() {
    return List.of(new WebServer.Route(ReportPage.PATH, new ReportPage(links)::page));
  }
}
