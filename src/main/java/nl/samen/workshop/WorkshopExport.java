package nl.samen.workshop;

import com.slack.api.model.User;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samen.export.Spreadsheet;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploads the spreadsheet of a network day's choices to a coordinator's direct messages with Samen. */
final class WorkshopExport {
  private static final Logger log = LoggerFactory.getLogger(WorkshopExport.class);

  private final WorkshopService workshops;
  private final NetworkService networks;
  private final SlackGateway slack;

  public WorkshopExport(WorkshopService workshops, NetworkService networks, SlackGateway slack) {
    this.workshops = workshops;
    this.networks = networks;
    this.slack = slack;
  }

  /** Builds and uploads the file; returns what the coordinator reads in the channel. */
  String upload(String teamId, String coordinator, MeetingLookup.Found found, Locale locale) {
    Meeting meeting = found.meeting();
    var seats = workshops.workshops(meeting);
    var choices = workshops.choices(meeting);
    Set<String> people = new LinkedHashSet<>();
    choices.forEach(c -> people.add(c.userId()));
    seats.forEach(s -> s.workshop().host().ifPresent(people::add));
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> schools = new LinkedHashMap<>();
    for (String user : people) {
      name(teamId, user).ifPresent(n -> names.put(user, n));
      networks.schoolOf(teamId, user).ifPresent(s -> schools.put(user, s));
    }
    byte[] sheet = WorkshopSheet.xlsx(seats, choices, names, schools, meeting.zone(), locale);
    String title = Texts.get(locale, "workshop.csv.title", meeting.id(), Escape.plain(meeting.title()));
    SlackGateway slack = this.slack.forTeam(teamId);
    slack.uploadFile(slack.openDirectMessage(coordinator), "workshops-" + meeting.id() + Spreadsheet.EXTENSION, title, sheet,
        Texts.get(locale, "workshop.csv.comment", meeting.id(), Escape.mrkdwn(meeting.title()), choices.size()));
    return Texts.get(locale, "workshop.reply.csvSent", meeting.id(), choices.size());
  }

  /** A person's name for the list; without it the list still has their id. */
  private Optional<String> name(String teamId, String userId) {
    try {
      return slack.forTeam(teamId).userInfo(userId).map(WorkshopExport::displayName);
    } catch (SlackCallFailed e) {
      log.warn("No name for {} in the workshop list: {}", userId, e.getMessage());
      return Optional.empty();
    }
  }

  private static String displayName(User user) {
    if (user.getRealName() != null && !user.getRealName().isBlank()) {
      return user.getRealName();
    }
    if (user.getProfile() != null && user.getProfile().getRealName() != null
        && !user.getProfile().getRealName().isBlank()) {
      return user.getProfile().getRealName();
    }
    return user.getName() == null ? "" : user.getName();
  }
}
