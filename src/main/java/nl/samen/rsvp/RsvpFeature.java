package nl.samen.rsvp;

import java.time.Clock;
import java.util.List;
import nl.samen.feature.Feature;
import nl.samen.meeting.MeetingAnswers;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import org.jdbi.v3.core.Jdbi;

/** Answers (by command, button or reason modal) and attendance. */
public final class RsvpFeature implements Feature {
  private final RsvpCommands commands;
  private final RsvpListeners listeners;
  private final List<PersonalData> personalData;
  private final MeetingAnswers meetingAnswers;

  public RsvpFeature(Jdbi jdbi, Clock clock, RsvpService rsvps, NetworkService networks, MeetingCatalog meetings,
      MeetingLookup lookup, People people, SlackGateway slack) {
    this.commands = new RsvpCommands(rsvps, networks, lookup, people);
    this.listeners = new RsvpListeners(rsvps, lookup, people, slack);
    MeetingTitles titles = new MeetingTitles(meetings, networks);
    this.personalData = List.of(new AnswersData(jdbi, clock, meetings, titles), new AttendanceData(jdbi, titles));
    this.meetingAnswers = new RsvpAnswers(rsvps);
  }

  /** The answers as meetings show them. */
  public MeetingAnswers meetingAnswers() {
    return meetingAnswers;
  }

  /** Answers and attendance, for privacy export and forget. */
  public List<PersonalData> personalData() {
    return personalData;
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
