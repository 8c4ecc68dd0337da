package nl.samen.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import nl.samen.export.Spreadsheet;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;
import nl.samen.plan.PlanArgs;
import nl.samen.plan.PlanService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Formats;
import nl.samen.slack.People;
import nl.samen.slack.Reply;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code plan report [<school-year>]}: builds the annual report after the acknowledgement, sends it
 * to the coordinator's DM as Markdown and a spreadsheet, and answers with the secret link to the HTML page.
 */
final class ReportCommand {
  private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);

  private final ReportService reports;
  private final ReportLinks links;
  private final PlanService plans;
  private final NetworkService networks;
  private final MeetingLookup lookup;
  private final People people;
  private final SlackGateway slack;
  private final PersonNames names;
  private final String publicUrl;

  ReportCommand(ReportService reports, ReportLinks links, PlanService plans, NetworkService networks,
      MeetingLookup lookup, People people, SlackGateway slack, PersonNames names, String publicUrl) {
    this.reports = reports;
    this.links = links;
    this.plans = plans;
    this.networks = networks;
    this.lookup = lookup;
    this.people = people;
    this.slack = slack;
    this.names = names;
    this.publicUrl = publicUrl;
  }

  Reply report(CommandRequest request) {
    Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(request.args());
    request.args().requireEnd();
    return lookup.networkHere(request, network -> {
      if (!networks.isCoordinator(network, request.userId())) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      SchoolYear reported = year.orElseGet(() -> plans.currentYear(network));
      // The channel's members and people's names come from Slack: too slow for the 3-second ack.
      return new Reply.Later(() -> deliver(request, network, reported));
    });
  }

  private Reply deliver(CommandRequest request, Network network, SchoolYear year) {
    Locale locale = request.locale();
    AnnualReport report = reports.build(network, year, request.userId(), people.humanMembers(network.teamId(), network.channelId()));
    ReportFiles files = ReportFiles.render(report, names.of(network.teamId(), report.people()), locale);
    ReportLinks.Link link = links.create(network, year, files.html(), report.people(), request.userId());
    String url = publicUrl + "/report/" + link.token();
    String expires = Formats.date(link.expiresAt().atZone(network.zone()).toLocalDate(), locale);
    String base = Texts.get(locale, "report.file.name", slug(network.name()), year.name());
    try {
      SlackGateway slack = this.slack.forTeam(network.teamId());
      String dm = slack.openDirectMessage(request.userId());
      slack.uploadFile(dm, base + ".md", Texts.get(locale, "report.title", year.name(), network.name()),
          files.markdown().getBytes(StandardCharsets.UTF_8),
          Texts.get(locale, "report.file.comment", year.name(), url, expires));
      slack.uploadFile(dm, base + "-" + Texts.get(locale, "report.file.attendance") + Spreadsheet.EXTENSION,
          Texts.get(locale, "report.file.attendanceTitle", year.name()), files.attendance(), null);
    } catch (SlackCallFailed e) {
      log.warn("Uploading the annual report failed: {}", e.getMessage());
      return Reply.text(Texts.get(locale, "report.reply.uploadFailed", year.name(), url, expires));
    }
    return Reply.text(Texts.get(locale, "report.reply.ready", year.name(), url, expires,
        report.plan().activities().size(), report.meetings().size()));
  }

  /** A file name part from the network's name: letters, digits and dashes only. */
  static String slug(String name) {
    String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "netwerk" : slug.substring(0, Math.min(40, slug.length()));
  }
}
