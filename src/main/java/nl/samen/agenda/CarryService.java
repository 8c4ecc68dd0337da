package nl.samen.agenda;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;

/**
 * Agenda items carry over: to the next meeting (or one named), to the network's backlog and back. A
 * moved item keeps a trace in its old meeting, so that the numbers people refer to keep their meaning.
 */
final class CarryService {
  /** How far ahead "the next meeting" is looked for. */
  private static final Duration HORIZON = Duration.ofDays(3 * 366);

  private final CarryRepository repository;
  private final AgendaService agendas;
  private final MeetingService meetings;
  private final NetworkService networks;
  private final Clock clock;

  CarryService(CarryRepository repository, AgendaService agendas, MeetingService meetings, NetworkService networks,
      Clock clock) {
    this.repository = repository;
    this.agendas = agendas;
    this.meetings = meetings;
    this.networks = networks;
    this.clock = clock;
  }

  /** Where an item went: a meeting (and its number there) or the backlog (and its number there). */
  record Destination(Optional<Meeting> meeting, int number) {}

  sealed interface Moved {
    /** Item {@code number} (of a meeting, or of the backlog when planned) went to {@code to}. */
    record Done(int number, String title, Destination to) implements Moved {}

    record Many(List<Done> items, Optional<Meeting> to) implements Moved {}

    /** Not a coordinator, nor the item's owner. */
    record NotAllowed() implements Moved {}

    /** What only coordinators may do (the backlog, all open items at once). */
    record NotCoordinator() implements Moved {}

    record NoSuchItem(int number) implements Moved {}

    record SameMeeting() implements Moved {}

    record TargetCancelled(Meeting target) implements Moved {}

    record Full(Meeting target) implements Moved {}
  }

  /** The next meeting of the network after this one that is not cancelled. */
  Optional<Meeting> nextAfter(Meeting meeting) {
    return meetings.between(meeting.networkId(), meeting.startsAt(), meeting.startsAt().plus(HORIZON)).stream()
        .filter(m -> m.id() != meeting.id() && !m.cancelled() && m.startsAt().isAfter(meeting.startsAt()))
        .findFirst();
  }

  /** Moves one item; {@code to} empty means the backlog. Coordinators and the item's owner may. */
  Moved move(Network network, Meeting from, String actor, int number, Optional<Meeting> to) {
    Optional<AgendaItem> item = item(from, number);
    boolean owner = item.flatMap(AgendaItem::owner).filter(actor::equals).isPresent();
    if (!owner && !networks.isCoordinator(network, actor)) {
      return new Moved.NotAllowed();
    }
    if (item.isEmpty()) {
      return new Moved.NoSuchItem(number);
    }
    Optional<Moved> refused = to.flatMap(target -> refuse(from, target, 1));
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Integer> moved = to.isPresent() ? repository.toMeeting(from.id(), number, to.get().id())
        : repository.toBacklog(network.id(), from.id(), number);
    return moved.<Moved>map(n -> new Moved.Done(number, item.get().title(), new Destination(to, n)))
        .orElse(new Moved.NoSuchItem(number));
  }

  /** Moves every accepted item with nothing recorded to the next meeting (or the backlog). Coordinators. */
  Moved moveUntouched(Network network, Meeting from, String actor) {
    if (!networks.isCoordinator(network, actor)) {
      return new Moved.NotCoordinator();
    }
    Optional<Meeting> to = nextAfter(from);
    List<Integer> numbers = untouched(from);
    Optional<Moved> refused = to.flatMap(target -> refuse(from, target, numbers.size()));
    if (refused.isPresent()) {
      return refused.get();
    }
    List<Moved.Done> done = new ArrayList<>();
    for (int number : numbers) {
      if (move(network, from, actor, number, to) instanceof Moved.Done d) {
        done.add(d);
      }
    }
    return new Moved.Many(done, to);
  }

  /** Numbers of the accepted items of a meeting that have no note, decision or action. */
  List<Integer> untouched(Meeting meeting) {
    return repository.untouched(meeting.id());
  }

  List<BacklogItem> backlog(Network network) {
    return repository.backlog(network.id());
  }

  /** Coordinators add to the backlog (it is their list, as the agenda is); empty when the actor may not. */
  Optional<Integer> addToBacklog(Network network, String actor, AgendaItem.Draft draft) {
    if (!networks.isCoordinator(network, actor)) {
      return Optional.empty();
    }
    return Optional.of(repository.addToBacklog(network.teamId(), network.id(), draft, actor, clock.instant()));
  }

  /** Plans backlog item {@code number} into a meeting of the network. Coordinators. */
  Moved plan(Network network, String actor, int number, Meeting to) {
    if (!networks.isCoordinator(network, actor)) {
      return new Moved.NotCoordinator();
    }
    Optional<BacklogItem> item = backlog(network).stream().filter(b -> b.number() == number).findFirst();
    if (item.isEmpty()) {
      return new Moved.NoSuchItem(number);
    }
    Optional<Moved> refused = refuse(null, to, 1);
    if (refused.isPresent()) {
      return refused.get();
    }
    return repository.fromBacklog(network.id(), number, to.id(), network.teamId())
        .<Moved>map(n -> new Moved.Done(number, item.get().title(), new Destination(Optional.of(to), n)))
        .orElse(new Moved.NoSuchItem(number));
  }

  private Optional<Moved> refuse(Meeting from, Meeting target, int adding) {
    if (from != null && from.id() == target.id()) {
      return Optional.of(new Moved.SameMeeting());
    }
    if (target.cancelled()) {
      return Optional.of(new Moved.TargetCancelled(target));
    }
    int count = agendas.items(target).size() + agendas.proposals(target).size();
    return count + adding > AgendaService.MAX_ITEMS ? Optional.of(new Moved.Full(target)) : Optional.empty();
  }

  private Optional<AgendaItem> item(Meeting meeting, int number) {
    return Stream.concat(agendas.items(meeting).stream(), agendas.proposals(meeting).stream())
        .filter(i -> i.number() == number).findFirst();
  }
}
