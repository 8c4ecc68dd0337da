package nl.samen.rsvp;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import org.jdbi.v3.core.Jdbi;

/**
 * Records answers to meetings under the network's rules (deadline, reasons in a required network,
 * only coordinators answer for others) and the attendance afterwards.
 */
public final class RsvpService {
  private final RsvpRepository repository;
  private final NetworkService networks;
  private final Clock clock;
  private final Events events;

  public RsvpService(RsvpRepository repository, NetworkService networks, Clock clock, Events events) {
    this.repository = repository;
    this.networks = networks;
    this.clock = clock;
    this.events = events;
  }

  /** The answers on their own tables. */
  public static RsvpService of(Jdbi jdbi, NetworkService networks, Clock clock, Events events) {
    return new RsvpService(new RsvpRepository(jdbi), networks, clock, events);
  }

  /** Publishing nowhere, for tests of the service alone. */
  public RsvpService(RsvpRepository repository, NetworkService networks, Clock clock) {
    this(repository, networks, clock, Events.NONE);
  }

  public sealed interface Outcome {
    record Recorded(Rsvp rsvp, Optional<Rsvp> previous) implements Outcome {}

    record NotAllowed() implements Outcome {}

    record MeetingCancelled() implements Outcome {}

    record DeadlinePassed(Instant deadline) implements Outcome {}

    record ReasonRequired() implements Outcome {}
  }

  public sealed interface AttendanceOutcome {
    record Recorded(List<Attendance> attendance) implements AttendanceOutcome {}

    record NotCoordinator() implements AttendanceOutcome {}

    record NotYetHeld(Instant startsAt) implements AttendanceOutcome {}

    record MeetingCancelled() implements AttendanceOutcome {}
  }

  /** Records {@code subject}'s answer, given by {@code actor} (the same person, or a coordinator). */
  public Outcome recordAnswer(Network network, Meeting meeting, String actor, String subject,
      Answer answer, Optional<String> reason) {
    boolean coordinator = networks.isCoordinator(network, actor);
    if (!actor.equals(subject) && !coordinator) {
      return new Outcome.NotAllowed();
    }
    if (meeting.cancelled()) {
      return new Outcome.MeetingCancelled();
    }
    Instant deadline = meeting.rsvpDeadline(network.rsvpDeadlineBeforeStart());
    if (!coordinator && !clock.instant().isBefore(deadline)) {
      return new Outcome.DeadlinePassed(deadline);
    }
    if (network.required() && answer == Answer.NO && reason.isEmpty()) {
      return new Outcome.ReasonRequired();
    }
    Optional<Rsvp> previous = repository.answer(meeting.id(), subject);
    Rsvp rsvp = new Rsvp(meeting.id(), subject, answer, reason, actor, clock.instant());
    repository.save(network.teamId(), rsvp);
    events.publish(new SamenEvent.AnswerRecorded(network.teamId(), meeting.networkId(), meeting.id(), subject,
        answer == Answer.NO));
    return new Outcome.Recorded(rsvp, previous);
  }

  public List<Rsvp> answers(Meeting meeting) {
    return repository.answers(meeting.id());
  }

  public List<Attendance> attendance(Meeting meeting) {
    return repository.attendance(meeting.id());
  }

  public Optional<Rsvp> answerOf(Meeting meeting, String userId) {
    return repository.answer(meeting.id(), userId);
  }

  /** People whose answer is yes or maybe: they hear about moves, cancellations and reminders. */
  public List<String> interestedPeople(Meeting meeting) {
    return answers(meeting).stream()
        .filter(r -> r.answer().interested())
        .map(Rsvp::userId)
        .toList();
  }

  /**
   * Records who was at a meeting: the saved list (or, the first time, everyone who said yes) with
   * the given marks applied. No marks just shows and keeps the current list.
   */
  public AttendanceOutcome recordAttendance(Network network, Meeting meeting, String actor,
      Map<String, Boolean> marks) {
    if (!networks.isCoordinator(network, actor)) {
      return new AttendanceOutcome.NotCoordinator();
    }
    if (meeting.cancelled()) {
      return new AttendanceOutcome.MeetingCancelled();
    }
    if (clock.instant().isBefore(meeting.startsAt())) {
      return new AttendanceOutcome.NotYetHeld(meeting.startsAt());
    }
    Map<String, Boolean> presence = new LinkedHashMap<>();
    List<Attendance> saved = repository.attendance(meeting.id());
    if (saved.isEmpty()) {
      answers(meeting).stream()
          .filter(r -> r.answer() == Answer.YES)
          .forEach(r -> presence.put(r.userId(), true));
    } else {
      saved.forEach(a -> presence.put(a.userId(), a.present()));
    }
    presence.putAll(marks);
    repository.saveAttendance(network.teamId(), meeting.id(), presence, actor, clock.instant());
    return new AttendanceOutcome.Recorded(repository.attendance(meeting.id()));
  }
}
