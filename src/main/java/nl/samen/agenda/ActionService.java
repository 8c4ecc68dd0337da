package nl.samen.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.outbox.Outbox;

/**
 * Action items: written down under an agenda item once the meeting has started (by coordinators and
 * the item's owner, as minutes are), closed by their owner or a coordinator. One tied to a plan activity
 * is recorded in that activity's history when it is done.
 */
final class ActionService {
  private final ActionRepository repository;
  private final AgendaService agendas;
  private final NetworkService networks;
  private final PlanActivities activities;
  private final Events events;
  private final Clock clock;

  ActionService(ActionRepository repository, AgendaService agendas, NetworkService networks,
      PlanActivities activities, Events events, Clock clock) {
    this.activities = activities;
    this.events = events;
    this.repository = repository;
    this.agendas = agendas;
    this.networks = networks;
    this.clock = clock;
  }

  sealed interface Result {
    record Added(Action action, AgendaItem item) implements Result {}

    record Closed(Action action) implements Result {}

    record NotAllowed() implements Result {}

    record NoSuchItem(int number) implements Result {}

    record NotStarted() implements Result {}

    record MeetingCancelled() implements Result {}

    record NoSuchAction(int number) implements Result {}

    record AlreadyDone(Action action) implements Result {}

    record NoSuchActivity(int number) implements Result {}
  }

  Result add(Network network, Meeting meeting, String actor, Action.Draft draft) {
    Optional<AgendaItem> item = agendas.items(meeting).stream()
        .filter(i -> i.number() == draft.itemNumber()).findFirst();
    boolean owner = item.flatMap(AgendaItem::owner).filter(actor::equals).isPresent();
    if (!owner && !networks.isCoordinator(network, actor)) {
      return new Result.NotAllowed();
    }
    if (meeting.cancelled()) {
      return new Result.MeetingCancelled();
    }
    if (clock.instant().isBefore(meeting.startsAt())) {
      return new Result.NotStarted();
    }
    if (item.isEmpty()) {
      return new Result.NoSuchItem(draft.itemNumber());
    }
    if (draft.activity().isPresent() && activities.title(network, draft.activity().get()).isEmpty()) {
      return new Result.NoSuchActivity(draft.activity().get());
    }
    Action added = repository.insert(network.teamId(), network.id(), meeting.id(), draft, actor, clock.instant());
    events.publish(new SamenEvent.UserDataChanged(network.teamId(), added.owner())); // their App Home lists it
    return new Result.Added(added, item.get());
  }

  Result close(Network network, String actor, int number, Optional<String> note) {
    Optional<Action> action = repository.action(network.id(), number);
    if (action.isEmpty()) {
      return new Result.NoSuchAction(number);
    }
    if (!action.get().owner().equals(actor) && !networks.isCoordinator(network, actor)) {
      return new Result.NotAllowed();
    }
    if (action.get().done() || !repository.close(network.id(), number, note, actor, clock.instant())) {
      return new Result.AlreadyDone(action.get());
    }
    action.get().activity().ifPresent(a -> activities.actionDone(network, a, number, note, actor));
    events.publish(new SamenEvent.UserDataChanged(network.teamId(), action.get().owner()));
    return new Result.Closed(action.get());
  }

  /** Someone's open actions over these networks (theirs), the earliest due first. */
  List<Action> openOwnedBy(List<Network> mine, String owner) {
    return repository.openOwnedBy(mine.stream().map(Network::id).toList(), owner);
  }

  /** The actions agreed on at a meeting, open or done. */
  List<Action> agreedAt(Meeting meeting) {
    return repository.ofMeeting(meeting.id());
  }

  /** The network's open actions, the caller's first, each group by due date. */
  List<Action> open(Network network, String caller) {
    return repository.open(network.id()).stream()
        .sorted(Comparator.comparing((Action a) -> !a.owner().equals(caller)).thenComparing(Action::due)
            .thenComparing(Action::number))
        .toList();
  }

  /** The actions still open from before a meeting: they come back on its agenda. */
  List<Action> openBefore(Meeting meeting) {
    return repository.open(meeting.networkId()).stream()
        .filter(a -> a.meetingId() != meeting.id() && a.createdAt().isBefore(meeting.startsAt()))
        .toList();
  }

  /** How long before the due date (at nine in the morning where the network is) the owner is reminded. */
  static final int REMIND_DAYS_BEFORE = 2;

  /** An open action whose owner is to be reminded now, with its network. */
  record DueReminder(Network network, Action action) {}

  /** The reminders due by now, and when the next one falls due. */
  record Reminders(List<DueReminder> due, Optional<Instant> next) {}

  Reminders dueReminders() {
    Instant now = clock.instant();
    List<DueReminder> due = new ArrayList<>();
    Optional<Instant> next = Optional.empty();
    for (Action action : repository.unreminded()) {
      Optional<Network> network = networks.network(action.networkId());
      if (network.isEmpty()) {
        continue;
      }
      Instant at = action.due().minusDays(REMIND_DAYS_BEFORE).atTime(9, 0).atZone(network.get().zone()).toInstant();
      if (!at.isAfter(now)) {
        due.add(new DueReminder(network.get(), action));
      } else if (next.isEmpty() || at.isBefore(next.get())) {
        next = Optional.of(at);
      }
    }
    return new Reminders(due, next);
  }

  /** Queues the owner's DM unless it was queued before: at most once per action. */
  boolean remind(DueReminder reminder, Outbox.Message dm, Outbox outbox) {
    return repository.claimReminder(reminder.network().teamId(), reminder.action(), dm, outbox, clock.instant());
  }

  /** The network an action's button names, for closing it by that button. */
  Optional<Network> network(long networkId) {
    return networks.network(networkId);
  }

  /** Today where the network is: an action is overdue once its due date is before it. */
  LocalDate today(Network network) {
    return clock.instant().atZone(network.zone()).toLocalDate();
  }
}
