package nl.samen.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/** Schedules, moves and cancels a network's meetings, and lists them. */
public final class MeetingService {
  /** A series longer than this is almost certainly a typo in its end date. */
  public static final int MAX_SERIES = 52;

  private final MeetingRepository repository;
  private final NetworkService networks;
  private final Clock clock;
  private final Events events;

  public MeetingService(MeetingRepository repository, NetworkService networks, Clock clock, Events events) {
    this.repository = repository;
    this.networks = networks;
    this.clock = clock;
    this.events = events;
  }

  /** The meetings on their own tables; each change writes its notice to the outbox in its transaction. */
  public static MeetingService of(Jdbi jdbi, Outbox outbox, NetworkService networks, Clock clock, Events events) {
    return new MeetingService(new MeetingRepository(jdbi, Optional.of(outbox)), networks, clock, events);
  }

  /** Publishing nowhere, for tests of the service alone. */
  public MeetingService(MeetingRepository repository, NetworkService networks, Clock clock) {
    this(repository, networks, clock, Events.NONE);
  }

  public sealed interface Scheduled {
    /** @param twice typed times that occur twice (autumn); the first occurrence was taken */
    record Done(List<Meeting> meetings, List<WallTime> twice) implements Scheduled {
      public Done(List<Meeting> meetings) {
        this(meetings, List.of());
      }
    }

    record SeriesEndsBeforeStart() implements Scheduled {}

    record SeriesTooLong(int count) implements Scheduled {}
  }

  public sealed interface Changed {
    record Moved(Meeting before, Meeting after, List<WallTime> twice) implements Changed {
      public Moved(Meeting before, Meeting after) {
        this(before, after, List.of());
      }
    }

    record DeadlineSet(Meeting before, Meeting after, List<WallTime> twice) implements Changed {}

    record Cancelled(Meeting meeting) implements Changed {}

    record AlreadyCancelled(Meeting meeting) implements Changed {}

    record AlreadyStarted(Meeting meeting) implements Changed {}
  }

  /** The refusals that scheduling and changing a meeting share, so that one step renders them. */
  public sealed interface Refused extends Scheduled, Changed {
    /** A typed time falls in the hour the clocks skip. */
    record NoSuchTime(WallTime time) implements Refused {}

    record DeadlineAfterStart(Meeting meeting) implements Refused {}

    record DeadlineInPast() implements Refused {}

    record NotCoordinator() implements Refused {}

    record InPast() implements Refused {}
  }

  /** Whether {@code actor} may schedule meetings in the network: its coordinators may. */
  public boolean maySchedule(Network network, String actor) {
    return networks.isCoordinator(network, actor);
  }

  public Scheduled scheduleMeetings(Network network, String actor, MeetingDraft draft) {
    if (!maySchedule(network, actor)) {
      return new Refused.NotCoordinator();
    }
    List<LocalDate> dates = new ArrayList<>();
    dates.add(draft.date());
    if (draft.repeat().isPresent()) {
      MeetingDraft.Repeat repeat = draft.repeat().get();
      if (repeat.until().isBefore(draft.date())) {
        return new Scheduled.SeriesEndsBeforeStart();
      }
      for (LocalDate d = draft.date().plusWeeks(repeat.weeks());
          !d.isAfter(repeat.until());
          d = d.plusWeeks(repeat.weeks())) {
        dates.add(d);
        if (dates.size() > MAX_SERIES) {
          return new Scheduled.SeriesTooLong(MAX_SERIES);
        }
      }
    }
    Instant now = clock.instant();
    List<WallTime> times = draft.wallTimes(dates, network.zone());
    Optional<WallTime> missing = WallTime.firstMissing(times);
    if (missing.isPresent()) {
      return new Refused.NoSuchTime(missing.get());
    }
    Optional<Instant> ownDeadline = draft.deadline()
        .map(d -> new WallTime(d, network.zone(), WallTime.Part.DEADLINE).firstInstant());
    RsvpDeadline deadline = new RsvpDeadline(now, ownDeadline);
    List<Meeting> meetings = dates.stream().map(date -> new Meeting(0, network.teamId(),
        network.id(), draft.title(), draft.kind(), date, draft.start(), draft.end(), network.zone(),
        draft.place(), Meeting.Status.SCHEDULED, Optional.empty(), 0, deadline)).toList();
    if (meetings.get(0).startsAt().isBefore(now)) {
      return new Refused.InPast();
    }
    if (ownDeadline.isPresent() && ownDeadline.get().isAfter(meetings.get(0).startsAt())) {
      return new Refused.DeadlineAfterStart(meetings.get(0));
    }
    if (ownDeadline.isPresent() && ownDeadline.get().isBefore(now)) {
      return new Refused.DeadlineInPast();
    }
    String seriesId = dates.size() > 1 ? UUID.randomUUID().toString() : null;
    List<Meeting> saved = repository.insertAll(meetings, seriesId, actor, now);
    events.publish(new SamenEvent.MeetingsScheduled(network.teamId(), network.id(),
        saved.stream().map(Meeting::id).toList()));
    return new Scheduled.Done(saved, WallTime.twice(times));
  }

  public Changed moveMeeting(
      Network network, String actor, Meeting meeting, LocalDate date, LocalTime start,
      Optional<LocalTime> end) {
    Optional<Changed> refused = refuseChange(network, actor, meeting);
    if (refused.isPresent()) {
      return refused.get();
    }
    Meeting moved = meeting.movedTo(date, start, end, clock.instant());
    Optional<WallTime> missing = WallTime.firstMissing(moved.wallTimes());
    if (missing.isPresent()) {
      return new Refused.NoSuchTime(missing.get());
    }
    if (moved.startsAt().isBefore(clock.instant())) {
      return new Refused.InPast();
    }
    repository.updateTime(moved, clock.instant());
    events.publish(new SamenEvent.MeetingMoved(moved.teamId(), moved.networkId(), moved.id()));
    return new Changed.Moved(meeting, moved, WallTime.twice(moved.wallTimes()));
  }

  /** A meeting's own RSVP deadline, between now and its start; its nudges follow it. */
  public Changed setDeadline(Network network, String actor, Meeting meeting, LocalDateTime deadline) {
    Optional<Changed> refused = refuseChange(network, actor, meeting);
    if (refused.isPresent()) {
      return refused.get();
    }
    WallTime time = new WallTime(deadline, meeting.zone(), WallTime.Part.DEADLINE);
    if (time.occurs() == WallTime.Occurs.NEVER) {
      return new Refused.NoSuchTime(time);
    }
    Instant at = time.firstInstant();
    if (at.isAfter(meeting.startsAt())) {
      return new Refused.DeadlineAfterStart(meeting);
    }
    if (at.isBefore(clock.instant())) {
      return new Refused.DeadlineInPast();
    }
    Meeting changed = meeting.withOwnDeadline(at);
    repository.updateDeadline(changed, clock.instant());
    events.publish(new SamenEvent.DeadlineChanged(changed.teamId(), changed.networkId(), changed.id()));
    return new Changed.DeadlineSet(meeting, changed, WallTime.twice(List.of(time)));
  }

  public Changed cancelMeeting(Network network, String actor, Meeting meeting, Optional<String> reason) {
    Optional<Changed> refused = refuseChange(network, actor, meeting);
    if (refused.isPresent()) {
      return refused.get();
    }
    repository.markCancelled(meeting.id(), reason, clock.instant());
    Meeting cancelled = repository.find(meeting.teamId(), meeting.id()).orElseThrow();
    events.publish(new SamenEvent.MeetingCancelled(cancelled.teamId(), cancelled.networkId(), cancelled.id()));
    return new Changed.Cancelled(cancelled);
  }

  /** Only coordinators change a meeting, and only one that is still to come. */
  private Optional<Changed> refuseChange(Network network, String actor, Meeting meeting) {
    if (!networks.isCoordinator(network, actor)) {
      return Optional.of(new Refused.NotCoordinator());
    }
    if (meeting.cancelled()) {
      return Optional.of(new Changed.AlreadyCancelled(meeting));
    }
    if (meeting.startsAt().isBefore(clock.instant())) {
      return Optional.of(new Changed.AlreadyStarted(meeting));
    }
    return Optional.empty();
  }

  public Optional<Meeting> meeting(String teamId, long id) {
    return repository.find(teamId, id);
  }

  /** The network's meetings starting in [from, to), cancelled ones included. */
  public List<Meeting> between(long networkId, Instant from, Instant to) {
    return repository.between(networkId, from, to);
  }

  public List<Meeting> upcomingMeetings(Network network) {
    return repository.upcoming(network.id(), clock.instant());
  }

  /** The next meeting that has not started yet: what an omitted meeting number means. */
  public Optional<Meeting> nextMeeting(Network network) {
    return upcomingMeetings(network).stream().findFirst();
  }
}
