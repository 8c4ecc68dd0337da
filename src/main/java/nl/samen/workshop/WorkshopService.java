package nl.samen.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.RsvpService;

/**
 * Workshops of network days and members' choices: one workshop per member per round, a waitlist
 * when full, the first waiting moves up when a seat frees. Choosing means attending, so the
 * member's answer becomes yes. Choices close with the RSVP deadline, except for coordinators.
 */
public final class WorkshopService {
  private final WorkshopRepository repository;
  private final NetworkService networks;
  private final RsvpService rsvps;
  private final Clock clock;
  private final Events events;
  private final BiPredicate<Meeting, Integer> ranked;

  public WorkshopService(WorkshopRepository repository, NetworkService networks, RsvpService rsvps, Clock clock,
      Events events, BiPredicate<Meeting, Integer> ranked) {
    this.ranked = ranked;
    this.repository = repository;
    this.networks = networks;
    this.rsvps = rsvps;
    this.clock = clock;
    this.events = events;
  }

  public sealed interface Added {
    record Done(Workshop workshop) implements Added {}

    record NotCoordinator() implements Added {}

    record NotANetworkDay() implements Added {}

    record MeetingCancelled() implements Added {}
  }

  /** What choosing or dropping a workshop came to; the same for commands and the modal. */
  public sealed interface Outcome {
    record Seated(Workshop workshop, Optional<Workshop> left, boolean nowAttending) implements Outcome {}

    record Waitlisted(Workshop workshop, int position, Optional<Workshop> left, boolean nowAttending)
        implements Outcome {}

    /** The member already had this workshop; {@code position} 0 means a seat. */
    record Unchanged(Workshop workshop, int position) implements Outcome {}

    record Dropped(Workshop workshop) implements Outcome {}

    record NotChosen(Workshop workshop) implements Outcome {}

    record NoSuchWorkshop(int number) implements Outcome {}

    record Closed(Instant deadline) implements Outcome {}

    record NotANetworkDay() implements Outcome {}

    record MeetingCancelled() implements Outcome {}

    record NotAllowed() implements Outcome {}

    /** The round ranks and is not assigned yet: members rank there; coordinators may still place. */
    record RankedRound(int round) implements Outcome {}
  }

  public Added addWorkshop(Network network, Meeting meeting, String actor, WorkshopDraft draft) {
    if (!networks.isCoordinator(network, actor)) {
      return new Added.NotCoordinator();
    }
    if (meeting.kind() != Meeting.Kind.NETWORKDAY) {
      return new Added.NotANetworkDay();
    }
    if (meeting.cancelled()) {
      return new Added.MeetingCancelled();
    }
    Workshop workshop = repository.insert(network.teamId(), meeting.id(), draft, actor, clock.instant());
    events.publish(new SamenEvent.WorkshopChoicesChanged(meeting.teamId(), meeting.id(), List.of()));
    return new Added.Done(workshop);
  }

  /** Why {@code actor} cannot change {@code subject}'s choices for this meeting now, if so. */
  public Optional<Outcome> refusal(Network network, Meeting meeting, String actor, String subject) {
    boolean coordinator = networks.isCoordinator(network, actor);
    if (!actor.equals(subject) && !coordinator) {
      return Optional.of(new Outcome.NotAllowed());
    }
    if (meeting.kind() != Meeting.Kind.NETWORKDAY) {
      return Optional.of(new Outcome.NotANetworkDay());
    }
    if (meeting.cancelled()) {
      return Optional.of(new Outcome.MeetingCancelled());
    }
    Instant deadline = meeting.rsvpDeadline(network.rsvpDeadlineBeforeStart());
    if (!coordinator && !clock.instant().isBefore(deadline)) {
      return Optional.of(new Outcome.Closed(deadline));
    }
    return Optional.empty();
  }

  /** {@code subject} takes workshop {@code number} (a seat, or the waitlist), chosen by {@code actor}. */
  public Outcome chooseWorkshop(Network network, Meeting meeting, String actor, String subject, int number) {
    return change(network, meeting, actor, subject, number, target -> {
      if (ranked.test(meeting, target.round()) && !networks.isCoordinator(network, actor)) {
        return new Outcome.RankedRound(target.round());
      }
      SeatChange change = repository.take(meeting.networkId(), target, subject, actor, clock.instant());
      if (change.unchanged()) {
        return new Outcome.Unchanged(target, change.waitlistPosition());
      }
      boolean nowAttending = attend(network, meeting, actor, subject);
      announce(meeting, subject, change);
      Optional<Workshop> left = change.leftWorkshopId().flatMap(id -> byId(meeting, id));
      return change.seated()
          ? new Outcome.Seated(target, left, nowAttending)
          : new Outcome.Waitlisted(target, change.waitlistPosition(), left, nowAttending);
    });
  }

  public Outcome dropWorkshop(Network network, Meeting meeting, String actor, String subject, int number) {
    return change(network, meeting, actor, subject, number, target -> {
      SeatChange change = repository.release(meeting.teamId(), meeting.networkId(), meeting.id(), subject,
          Optional.of(target.id()));
      if (change.unchanged()) {
        return new Outcome.NotChosen(target);
      }
      announce(meeting, subject, change);
      return new Outcome.Dropped(target);
    });
  }

  /** Checks the rules, finds the workshop by its number, then makes the change. */
  private Outcome change(Network network, Meeting meeting, String actor, String subject, int number,
      Function<Workshop, Outcome> change) {
    Optional<Outcome> refused = refusal(network, meeting, actor, subject);
    if (refused.isPresent()) {
      return refused.get();
    }
    return repository.workshops(meeting.id()).stream().filter(w -> w.number() == number).findFirst()
        .map(change).orElseGet(() -> new Outcome.NoSuchWorkshop(number));
  }

  /** Gives up all of a member's seats and waitlist places in a meeting, e.g. after answering no. */
  public void releaseSeats(Meeting meeting, String userId) {
    SeatChange change = repository.release(meeting.teamId(), meeting.networkId(), meeting.id(), userId, Optional.empty());
    if (!change.unchanged()) {
      announce(meeting, userId, change);
    }
  }

  /** The meeting's workshops by round and number, each with its seated members and waitlist. */
  /** Whether a round of this network day is open for ranked choices, not yet assigned. */
  public boolean ranking(Meeting meeting) {
    return workshops(meeting).stream().map(w -> w.workshop().round()).distinct()
        .anyMatch(round -> ranked.test(meeting, round));
  }

  public List<WorkshopSeats> workshops(Meeting meeting) {
    List<WorkshopChoice> choices = repository.choices(meeting.id());
    return repository.workshops(meeting.id()).stream().map(w -> new WorkshopSeats(w,
            choices.stream().filter(c -> c.workshopId() == w.id() && c.seated())
                .map(WorkshopChoice::userId).toList(),
            choices.stream().filter(c -> c.workshopId() == w.id() && !c.seated())
                .map(WorkshopChoice::userId).toList()))
        .toList();
  }

  /** Every choice of the meeting in the order made, with who made it and when. */
  public List<WorkshopChoice> choices(Meeting meeting) {
    return repository.choices(meeting.id());
  }

  private Optional<Workshop> byId(Meeting meeting, long id) {
    return repository.workshops(meeting.id()).stream().filter(w -> w.id() == id).findFirst();
  }

  /** Makes the answer yes unless it already was; says whether it changed. */
  private boolean attend(Network network, Meeting meeting, String actor, String subject) {
    boolean alreadyYes = rsvps.answerOf(meeting, subject).map(r -> r.answer() == Answer.YES).orElse(false);
    return !alreadyYes && rsvps.recordAnswer(network, meeting, actor, subject, Answer.YES,
        Optional.empty()) instanceof RsvpService.Outcome.Recorded;
  }

  private void announce(Meeting meeting, String subject, SeatChange change) {
    Set<String> users = new LinkedHashSet<>(List.of(subject));
    for (SeatChange.Promotion promotion : change.promotions()) {
      users.add(promotion.userId());
      byId(meeting, promotion.workshopId()).ifPresent(w -> events.publish(
          new SamenEvent.SeatGiven(meeting.teamId(), meeting.id(), w.number(), promotion.userId())));
    }
    events.publish(new SamenEvent.WorkshopChoicesChanged(meeting.teamId(), meeting.id(), List.copyOf(users)));
  }
}
