package nl.samen.agenda;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.calendar.AgendaSource;
import nl.samen.home.HomeSection;
import nl.samen.meeting.MeetingSection;
import nl.samen.reminder.AgendaSummary;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingListener;
import nl.samen.rsvp.Answer;
import nl.samen.slack.SlackApp;
import nl.samen.slack.Subcommand;
import nl.samen.workshop.WorkshopCommands;
import nl.samen.workshop.WorkshopEvents;
import nl.samen.workshop.WorkshopExport;
import nl.samen.workshop.WorkshopListeners;
import nl.samen.workshop.WorkshopNotices;
import nl.samen.workshop.WorkshopPersonalData;
import nl.samen.workshop.WorkshopRepository;
import nl.samen.workshop.WorkshopService;

/**
 * Agendas and network days: items and proposals, the agenda posted in the channel and kept up to
 * date, workshops per round and members' choices (by command or the picker).
 */
public final class AgendaFeature implements Feature {
  /** How long the posted agenda waits for more changes before it is updated: bursts become one update. */
  private static final Duration SETTLE = Duration.ofMillis(500);

  private final Core core;
  private final AgendaCommands agendaCommands;
  private final WorkshopCommands workshopCommands;
  private final WorkshopListeners workshopListeners;
  private final PostedAgenda posted;
  private final AgendaElsewhere elsewhere;

  public AgendaFeature(Core core) {
    this.core = core;
    AgendaRepository agendaRepository = new AgendaRepository(core.database().jdbi(), Optional.of(core.outbox()));
    AgendaService agendas = new AgendaService(agendaRepository, core.networks(), core.clock());
    WorkshopRepository workshopRepository = new WorkshopRepository(core.database().jdbi(),
        Optional.of(core.outbox()));
    WorkshopService workshops = new WorkshopService(workshopRepository, core.networks(), core.rsvps(),
        core.clock(), new Events());
    new WorkshopNotices(core.outbox(), core.people(), core.clock(), core.meetings(), workshopRepository);
    this.posted = new PostedAgenda(agendas, workshops, core.meetings(), core.networks(), core.outbox(),
        core.people(), SETTLE);
    this.agendaCommands = new AgendaCommands(agendas, workshops, core.networks(), core.lookup(), posted);
    new AgendaNotices(core.outbox(), core.people(), core.networks(), core.meetings(), agendas);
    this.workshopCommands = new WorkshopCommands(workshops, core.networks(), core.lookup(),
        new WorkshopExport(workshops, core.networks(), core.slack()));
    this.workshopListeners = new WorkshopListeners(workshops, core.lookup(), core.people(), core.slack());

    core.meetings().addListener(new MeetingListener() {
      @Override
      public void meetingMoved(Meeting before, Meeting after) {
        posted.changed(after);
      }

      @Override
      public void meetingCancelled(Meeting meeting) {
        posted.changed(meeting);
      }

      @Override
      public void deadlineChanged(Meeting before, Meeting after) {
        posted.changed(after); // the posted agenda names the deadline
      }
    });
    // Not coming means not taking a seat: it goes to the first on the waitlist.
    core.rsvps().addListener((meeting, rsvp) -> {
      if (rsvp.answer() == Answer.NO) {
        workshops.releaseSeats(meeting, rsvp.userId());
      }
    });
    this.elsewhere = new AgendaElsewhere(agendas, workshops, core.networks(), core.meetings());
    core.personalData().register(new AgendaPersonalData(agendaRepository));
    core.personalData().register(new WorkshopPersonalData(core.database().jdbi(), workshops, core.meetings()));
  }

  /** Workshop choices and proposals to decide on, for the App Home. */
  public HomeSection homeSection() {
    return elsewhere;
  }

  /** The agenda and the workshops, for {@code meeting <id>}. */
  public MeetingSection meetingSection() {
    return elsewhere;
  }

  /** The agenda as plain lines, for reminders. */
  public AgendaSummary reminderText() {
    return elsewhere;
  }

  /** The agenda as plain text, for calendar feeds. */
  public AgendaSource calendarText() {
    return elsewhere;
  }

  @Override
  public List<Subcommand> subcommands() {
    return List.of(agendaCommands.subcommands(), workshopCommands.subcommands()).stream()
        .flatMap(List::stream).toList();
  }

  @Override
  public List<SlackApp.Listeners> listeners() {
    return List.of(workshopListeners);
  }

  @Override
  public void stop() {
    posted.close();
  }

  @Override
  public boolean idle() {
    return posted.idle();
  }

  /**
   * Workshop changes update the posted agenda and App Home views. A seat from the waitlist is told
   * by the notice the seat change wrote itself (see WorkshopNotices).
   */
  private final class Events implements WorkshopEvents {
    @Override
    public void choicesChanged(Meeting meeting, Collection<String> users) {
      posted.changed(meeting);
      users.forEach(user -> core.changes().changed(meeting.teamId(), user));
    }
  }
}
