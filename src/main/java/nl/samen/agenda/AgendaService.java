package nl.samen.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;

/**
 * A meeting's agenda: coordinators add, accept and remove items and post the agenda; members
 * propose items. {@link #items(Meeting)} is the agenda as others (reminders) may show it.
 */
final class AgendaService {
  /** Slack allows 50 blocks a message; an agenda much longer than this is no agenda. */
  public static final int MAX_ITEMS = 40;

  private final AgendaRepository repository;
  private final NetworkService networks;
  private final Clock clock;

  public AgendaService(AgendaRepository repository, NetworkService networks, Clock clock) {
    this.repository = repository;
    this.networks = networks;
    this.clock = clock;
  }

  public sealed interface Change {
    record Added(AgendaItem item) implements Change {}

    record Proposed(AgendaItem item) implements Change {}

    record Accepted(AgendaItem item) implements Change {}

    record Removed(AgendaItem item) implements Change {}

    /** The agenda goes to the channel; {@code again} when it was posted before (then it is updated). */
    record Posted(boolean again) implements Change {}

    record NotCoordinator() implements Change {}

    record NoSuchItem(int number) implements Change {}

    record AlreadyAccepted(AgendaItem item) implements Change {}

    record MeetingCancelled() implements Change {}

    record AlreadyStarted() implements Change {}

    record Full(int max) implements Change {}
  }

  /** The agenda: accepted items in order. */
  public List<AgendaItem> items(Meeting meeting) {
    return repository.items(meeting.id()).stream().filter(AgendaItem::accepted).toList();
  }

  /** Items members proposed that no coordinator accepted yet. */
  public List<AgendaItem> proposals(Meeting meeting) {
    return repository.items(meeting.id()).stream().filter(i -> !i.accepted()).toList();
  }

  /** Items moved to another meeting or the backlog: the traces their old numbers keep. */
  List<MovedItem> moved(Meeting meeting) {
    return repository.moved(meeting.id());
  }

  public Change addItem(Network network, Meeting meeting, String actor, AgendaItem.Draft draft) {
    if (!networks.isCoordinator(network, actor)) {
      return new Change.NotCoordinator();
    }
    return insert(network, meeting, actor, draft, true);
  }

  public Change proposeItem(Network network, Meeting meeting, String actor, String title) {
    return insert(network, meeting, actor, AgendaItem.Draft.proposal(title), false);
  }

  public Change acceptItem(Network network, Meeting meeting, String actor, int number) {
    if (!networks.isCoordinator(network, actor)) {
      return new Change.NotCoordinator();
    }
    Optional<AgendaItem> item = item(meeting, number);
    if (item.isEmpty()) {
      return new Change.NoSuchItem(number);
    }
    if (item.get().accepted() || !repository.accept(meeting.id(), number)) {
      return new Change.AlreadyAccepted(item.get());
    }
    return new Change.Accepted(item.get());
  }

  /** Coordinators remove any item; a member may withdraw their own proposal. */
  public Change removeItem(Network network, Meeting meeting, String actor, int number) {
    Optional<AgendaItem> item = item(meeting, number);
    boolean ownProposal = item.map(i -> !i.accepted() && i.createdBy().equals(actor)).orElse(false);
    if (!ownProposal && !networks.isCoordinator(network, actor)) {
      return new Change.NotCoordinator();
    }
    if (item.isEmpty() || !repository.remove(meeting.id(), number)) {
      return new Change.NoSuchItem(number);
    }
    return new Change.Removed(item.get());
  }

  /** Records that the agenda goes to the network's channel; the caller hands it to the outbox. */
  public Change postAgenda(Network network, Meeting meeting, String actor) {
    if (!networks.isCoordinator(network, actor)) {
      return new Change.NotCoordinator();
    }
    if (meeting.cancelled()) {
      return new Change.MeetingCancelled();
    }
    if (!clock.instant().isBefore(meeting.startsAt())) {
      return new Change.AlreadyStarted();
    }
    return new Change.Posted(repository.markPosted(network.teamId(), meeting.id(), network.channelId(),
        actor, clock.instant()));
  }

  /** Whether a coordinator ever posted this meeting's agenda to the channel. */
  public boolean isPosted(Meeting meeting) {
    return repository.isPosted(meeting.id());
  }

  private Change insert(Network network, Meeting meeting, String actor, AgendaItem.Draft draft,
      boolean accepted) {
    if (meeting.cancelled()) {
      return new Change.MeetingCancelled();
    }
    return repository.insert(network.teamId(), meeting.networkId(), meeting.id(), draft, accepted, actor,
            clock.instant(), MAX_ITEMS)
        .<Change>map(item -> accepted ? new Change.Added(item) : new Change.Proposed(item))
        .orElse(new Change.Full(MAX_ITEMS));
  }

  private Optional<AgendaItem> item(Meeting meeting, int number) {
    return repository.items(meeting.id()).stream().filter(i -> i.number() == number).findFirst();
  }
}
