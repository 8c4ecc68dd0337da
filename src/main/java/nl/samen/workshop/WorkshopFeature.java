package nl.samen.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.feature.Feature;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/** Workshops per round of a network day and members' choices (by command or the picker). */
public final class WorkshopFeature implements Feature {
  private final MeetingService meetings;
  private final WorkshopService workshops;
  private final WorkshopCommands commands;
  private final WorkshopListeners listeners;
  private final RankingListeners rankingListeners;
  private final PersonalData personalData;
  private final WakeUp rankingClose;
  private final WakeUp rankingNudge;

  public WorkshopFeature(Jdbi jdbi, Outbox outbox, Clock clock, Events events, NetworkService networks,
      MeetingService meetings, RsvpService rsvps, MeetingLookup lookup, People people, SlackGateway slack,
      Timer timer) {
    this.meetings = meetings;
    WorkshopRepository repository = new WorkshopRepository(jdbi, Optional.of(outbox));
    AssignmentRepository assignments = new AssignmentRepository(jdbi, outbox);
    RankingRepository rankings = new RankingRepository(jdbi);
    RankedAssigner assigner = new RankedAssigner(assignments, rankings, repository, rsvps, networks, clock, events);
    new RankedNotices(outbox, people, meetings, networks, repository, assignments);
    this.rankingClose = timer.register("workshop-ranking",
        new RankingCloseJob(assignments, assigner, meetings, networks, clock));
    this.rankingNudge = timer.register("workshop-ranking-nudge",
        new RankingNudgeJob(rankings, repository, meetings, rsvps, outbox, clock));
    RankingService ranking = new RankingService(rankings, repository, networks, rsvps, clock, meeting -> {
      rankingClose.now();
      rankingNudge.now();
      // The posted agenda offers the ranking form now.
      events.publish(new SamenEvent.WorkshopChoicesChanged(meeting.teamId(), meeting.id(), List.of()));
    });
    new RankingNudges(outbox, people, meetings, rankings);
    this.workshops = new WorkshopService(repository, networks, rsvps, clock, events, ranking::awaitsAssignment);
    new WorkshopNotices(outbox, people, clock, meetings, repository);
    this.commands = new WorkshopCommands(workshops, networks, lookup,
        new WorkshopExport(workshops, networks, slack), new RankingCommands(ranking, assigner, lookup));
    this.listeners = new WorkshopListeners(workshops, lookup, people, slack);
    this.rankingListeners = new RankingListeners(new RankingForm(ranking), lookup, people, slack);
    this.personalData = new WorkshopPersonalData(jdbi, workshops, meetings);
  }

  /** The workshops and choices, for the agenda that shows them. */
  public WorkshopService service() {
    return workshops;
  }

  /** Choices and waitlist places, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  /** Not coming means not taking a seat: it goes to the first on the waitlist. */
  public void answerRecorded(SamenEvent.AnswerRecorded answer) {
    if (answer.declined()) {
      meetings.meeting(answer.teamId(), answer.meetingId())
          .ifPresent(meeting -> workshops.releaseSeats(meeting, answer.userId()));
    }
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  /** Catches up on rankings that closed (or were due a nudge) while the app was down, and sets the next. */
  @Override
  public void start() {
    rankingClose.now();
    rankingNudge.now();
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(listeners, rankingListeners);
  }
}
