package nl.samen.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;

/**
 * Action items: written down under an agenda item once the meeting has started (by coordinators and
 * the item's owner, as minutes are), closed by their owner or a coordinator.
 */
final class ActionService {
  private final ActionRepository repository;
  private final AgendaService agendas;
  private final NetworkService networks;
  private final Clock clock;

  ActionService(ActionRepository repository, AgendaService agendas, NetworkService networks, Clock clock) {
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
    return new Result.Added(repository.insert(network.teamId(), network.id(), meeting.id(), draft, actor,
        clock.instant()), item.get());
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
    return new Result.Closed(action.get());
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

  /** Today where the network is: an action is overdue once its due date is before it. */
  LocalDate today(Network network) {
    return clock.instant().atZone(network.zone()).toLocalDate();
  }
}
