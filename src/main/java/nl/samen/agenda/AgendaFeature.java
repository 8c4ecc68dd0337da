package nl.samen.agenda;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.samen.calendar.AgendaSource;
import nl.samen.event.Events;
import nl.samen.feature.Feature;
import nl.samen.home.HomeSection;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingSection;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.reminder.AgendaSummary;
import nl.samen.schedule.Timer;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import nl.samen.workshop.WorkshopService;
import org.jdbi.v3.core.Jdbi;

/**
 * Agendas and network days: items and proposals, the agenda posted in the channel and kept up to
 * date (with the workshops of a network day).
 */
public final class AgendaFeature implements Feature {
  /** How long the posted agenda waits for more changes before it is updated: bursts become one update. */
  private static final Duration SETTLE = Duration.ofMillis(500);

  private final AgendaCommands commands;
  private final PostedAgenda posted;
  private final AgendaElsewhere elsewhere;
  private final PersonalData personalData;
  private final MinutesCommands minutes;
  private final PersonalData minutesData;
  private final ActionCommands actions;
  private final PersonalData actionsData;
  private final WakeUp reminders;
  private final SlackApp.Listeners listeners;
  private final ActionsElsewhere actionsElsewhere;
  private final MeetingOutcomes outcomes;
  private final SlackApp.Listeners carryListeners;
  private final SlackApp.Listeners formListeners;

  /** @param activities the plan's activities that action items may be tied to */
  public AgendaFeature(Jdbi jdbi, Outbox outbox, Clock clock, Timer timer, NetworkService networks,
      MeetingService meetings, MeetingLookup lookup, WorkshopService workshops, People people,
      PlanActivities activities, Events events, SlackGateway slack) {
    AgendaRepository repository = new AgendaRepository(jdbi, Optional.of(outbox));
    AgendaService agendas = new AgendaService(repository, networks, clock);
    ActionRepository actionRepository = new ActionRepository(jdbi);
    ActionService actionService = new ActionService(actionRepository, agendas, networks, activities, events, clock);
    this.posted = new PostedAgenda(agendas, actionService, workshops, meetings, networks, outbox, people, SETTLE);
    MinutesRepository minutesRepository = new MinutesRepository(jdbi);
    MinutesService minutesService = new MinutesService(minutesRepository, agendas, networks, clock);
    PostedMinutes postedMinutes = new PostedMinutes(minutesService, outbox, people);
    CarryRepository carryRepository = new CarryRepository(jdbi);
    CarryService carryService = new CarryService(carryRepository, agendas, meetings, networks, clock);
    CarryCommands carry = new CarryCommands(carryService, lookup, posted, postedMinutes);
    this.commands = new AgendaCommands(agendas, actionService, workshops, networks, lookup, posted, carry);
    new AgendaNotices(outbox, people, networks, meetings, agendas);
    this.elsewhere = new AgendaElsewhere(agendas, workshops, networks, meetings);
    this.personalData = new AgendaPersonalData(repository, carryRepository);
    this.minutes = new MinutesCommands(minutesService, lookup, postedMinutes, carryService);
    this.minutesData = new MinutesPersonalData(minutesRepository);
    this.reminders = timer.register("action-reminders", new ActionReminders(actionService, outbox, people, clock));
    this.actions = new ActionCommands(actionService, lookup, posted, meetings, reminders::now);
    this.listeners = new ActionListeners(actionService, people,
        network -> meetings.nextMeeting(network).ifPresent(posted::changed));
    this.carryListeners = new CarryListeners(carry, lookup, people);
    this.formListeners = new MinutesFormListeners(new MinutesForm(minutesService, actionService, meetings, networks,
        lookup, postedMinutes, posted, reminders::now), lookup, people, slack);
    this.actionsData = new ActionPersonalData(actionRepository);
    this.actionsElsewhere = new ActionsElsewhere(actionService, networks, elsewhere);
    this.outcomes = new AgendaOutcomes(minutesService, actionService);
  }

  /** Something the posted agenda shows has changed (time, deadline, workshops): update it soon. */
  public void meetingChanged(String teamId, long meetingId) {
    posted.changed(teamId, meetingId);
  }

  /** Workshop choices and proposals to decide on, for the App Home. */
  public HomeSection homeSection() {
    return elsewhere;
  }

  /** The agenda and the workshops, for {@code meeting <id>}. */
  public MeetingSection meetingSection() {
    return elsewhere;
  }

  /** The agenda as plain lines and the reader's own open actions, for reminders. */
  public AgendaSummary reminderText() {
    return actionsElsewhere;
  }

  /** A person's open action items with their done buttons, for the App Home. */
  public HomeSection actionsHomeSection() {
    return actionsElsewhere;
  }

  /** A meeting's decisions and action items, for the annual report. */
  public MeetingOutcomes outcomes() {
    return outcomes;
  }

  /** The agenda as plain text, for calendar feeds. */
  public AgendaSource calendarText() {
    return elsewhere;
  }

  /** Items and proposals, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  /** The minutes someone wrote, for privacy export and forget. */
  public PersonalData minutesData() {
    return minutesData;
  }

  /** The action items someone owns, for privacy export and forget. */
  public PersonalData actionsData() {
    return actionsData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return Stream.of(commands.subcommands(), minutes.subcommands(), actions.subcommands())
        .flatMap(List::stream).toList();
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(listeners, carryListeners, formListeners);
  }

  /** Owners' reminders catch up with what fell due while the app was down. */
  @Override
  public void start() {
    reminders.now();
  }

  @Override
  public void stop() {
    posted.close();
  }

  @Override
  public boolean idle() {
    return posted.idle();
  }
}
