package nl.samen.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samen.feature.Feature;
import nl.samen.home.HomeSection;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.report.MeetingScores;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/**
 * The one-click evaluation after a meeting: the question to those who were there, their anonymous
 * answers, and the scores coordinators see in {@code evaluation}, on their App Home and in the report.
 */
public final class EvaluationFeature implements Feature {
  private final EvaluationService service;
  private final EvaluationCommands commands;
  private final EvaluationListeners listeners;
  private final HomeSection homeSection;
  private final PersonalData personalData;
  private final WakeUp wakeUp;

  public EvaluationFeature(Jdbi jdbi, Clock clock, Timer timer, Outbox outbox, NetworkService networks,
      MeetingService meetings, MeetingCatalog catalog, RsvpService rsvps, MeetingLookup lookup, People people,
      SlackGateway slack, EvaluationSwitch evaluationOn) {
    EvaluationRepository repository = new EvaluationRepository(jdbi);
    this.service = new EvaluationService(repository, rsvps, clock);
    EvaluationTrend trend = new EvaluationTrend(service, meetings);
    new EvaluationNotices(outbox, meetings, people);
    this.wakeUp = timer.register("evaluations",
        new EvaluationJob(repository, service, catalog, networks, evaluationOn, outbox, clock));
    this.commands = new EvaluationCommands(service, trend, networks, lookup);
    this.listeners = new EvaluationListeners(service, lookup, people, slack);
    this.homeSection = new EvaluationHomeSection(trend, networks);
    this.personalData = new EvaluationPersonalData(repository);
  }

  /** Meetings planned, moved or cancelled: the job looks again for the next end. */
  public void meetingsChanged() {
    wakeUp.now();
  }

  /** A held meeting's score for the annual report, only from three answers on. */
  public MeetingScores scores() {
    return (teamId, meetingId) -> service.summary(meetingId) instanceof EvaluationService.Summary.Scored s
        ? Optional.of(new MeetingScores.Score(s.average(), s.answers())) : Optional.empty();
  }

  public HomeSection homeSection() {
    return homeSection;
  }

  public PersonalData personalData() {
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

  /** Catches up on meetings that ended while the app was down, and sets the next wake-up. */
  @Override
  public void start() {
    wakeUp.now();
  }
}
