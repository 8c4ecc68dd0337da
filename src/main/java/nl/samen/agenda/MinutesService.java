package nl.samen.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;

/**
 * Minutes per agenda item: once a meeting has started, coordinators and an item's owner write notes
 * and decisions on it. Everyone in the network may read them.
 */
final class MinutesService {
  private final MinutesRepository repository;
  private final AgendaService agendas;
  private final NetworkService networks;
  private final Clock clock;

  MinutesService(MinutesRepository repository, AgendaService agendas, NetworkService networks, Clock clock) {
    this.repository = repository;
    this.agendas = agendas;
    this.networks = networks;
    this.clock = clock;
  }

  sealed interface Written {
    record Done(AgendaItem item, Minute minute) implements Written {}

    /** The minutes go to the channel; {@code again} when they were posted before (then they are updated). */
    record Posted(boolean again) implements Written {}

    record NotAllowed() implements Written {}

    record NoSuchItem(int number) implements Written {}

    record NotStarted() implements Written {}

    record MeetingCancelled() implements Written {}
  }

  Written write(Network network, Meeting meeting, String actor, int number, Minute.Kind kind, String text) {
    Optional<AgendaItem> item = agendas.items(meeting).stream().filter(i -> i.number() == number).findFirst();
    boolean owner = item.flatMap(AgendaItem::owner).filter(actor::equals).isPresent();
    if (!owner && !networks.isCoordinator(network, actor)) {
      return new Written.NotAllowed();
    }
    Optional<Written> notNow = notNow(meeting);
    if (notNow.isPresent()) {
      return notNow.get();
    }
    if (item.isEmpty()) {
      return new Written.NoSuchItem(number);
    }
    return new Written.Done(item.get(),
        repository.insert(network.teamId(), meeting.id(), number, kind, text, actor, clock.instant()));
  }

  /** Why no minutes can be written on this meeting now (cancelled, not started), if so. */
  Optional<Written> notNow(Meeting meeting) {
    if (meeting.cancelled()) {
      return Optional.of(new Written.MeetingCancelled());
    }
    return clock.instant().isBefore(meeting.startsAt()) ? Optional.of(new Written.NotStarted()) : Optional.empty();
  }

  /** Coordinators put the minutes in the network's channel; the caller hands them to the outbox. */
  Written post(Network network, Meeting meeting, String actor) {
    if (!networks.isCoordinator(network, actor)) {
      return new Written.NotAllowed();
    }
    if (meeting.cancelled()) {
      return new Written.MeetingCancelled();
    }
    if (clock.instant().isBefore(meeting.startsAt())) {
      return new Written.NotStarted();
    }
    return new Written.Posted(repository.markPosted(network.teamId(), meeting.id(), network.channelId(), actor,
        clock.instant()));
  }

  boolean isPosted(Meeting meeting) {
    return repository.isPosted(meeting.id());
  }

  List<Minute> minutes(Meeting meeting) {
    return repository.minutes(meeting.id());
  }

  List<AgendaItem> items(Meeting meeting) {
    return agendas.items(meeting);
  }

  List<MovedItem> moved(Meeting meeting) {
    return agendas.moved(meeting);
  }
}
