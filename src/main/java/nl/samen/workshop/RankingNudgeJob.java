package nl.samen.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.slack.outbox.Outbox;

/**
 * One nudge per open ranking, {@link #BEFORE} before the close (or halfway, if it opened later than
 * twice that before): a DM to each member who comes (yes or maybe) and has not ranked every ranked
 * round. A round where they hold a seat or waitlist place by hand needs no ranking.
 */
final class RankingNudgeJob implements Timer.Work {
  static final Duration BEFORE = Duration.ofHours(24);

  private final RankingRepository repository;
  private final WorkshopRepository workshops;
  private final MeetingService meetings;
  private final RsvpService rsvps;
  private final Outbox outbox;
  private final Clock clock;

  RankingNudgeJob(RankingRepository repository, WorkshopRepository workshops,
      MeetingService meetings, RsvpService rsvps, Outbox outbox, Clock clock) {
    this.repository = repository;
    this.workshops = workshops;
    this.meetings = meetings;
    this.rsvps = rsvps;
    this.outbox = outbox;
    this.clock = clock;
  }

  static Instant nudgeAt(Instant openedAt, Instant closesAt) {
    Duration half = Duration.between(openedAt, closesAt).dividedBy(2);
    return closesAt.minus(half.compareTo(BEFORE) < 0 ? half : BEFORE);
  }

  @Override
  public Optional<Instant> run() {
    Instant now = clock.instant();
    Optional<Instant> next = Optional.empty();
    for (RankingRepository.Unnudged open : repository.unnudged()) {
      Instant at = nudgeAt(open.openedAt(), open.closesAt());
      if (now.isBefore(at)) {
        next = next.filter(n -> n.isBefore(at)).or(() -> Optional.of(at));
      } else if (now.isBefore(open.closesAt())) {
        Optional<Meeting> meeting = meetings.meeting(open.teamId(), open.meetingId()).filter(m -> !m.cancelled());
        if (meeting.isPresent() && repository.claimNudge(meeting.get().teamId(), meeting.get().networkId(),
            meeting.get().id(), unranked(meeting.get()), outbox, now)) {
          outbox.wake();
        }
      }
    }
    return next;
  }

  /** Who comes and has a ranked round left that they neither ranked nor hold by hand. */
  private List<String> unranked(Meeting meeting) {
    List<Workshop> all = workshops.workshops(meeting.id());
    Set<Integer> rounds = RankingService.rankedRounds(repository.rounds(meeting.id()), all);
    Map<String, Set<Integer>> ranked = repository.rankedRounds(meeting.id());
    for (WorkshopChoice choice : workshops.choices(meeting.id())) {
      all.stream().filter(w -> w.id() == choice.workshopId()).findFirst()
          .ifPresent(w -> ranked.computeIfAbsent(choice.userId(), u -> new HashSet<>()).add(w.round()));
    }
    return rsvps.answers(meeting).stream().filter(r -> r.answer().interested()).map(r -> r.userId())
        .filter(user -> !ranked.getOrDefault(user, Set.of()).containsAll(rounds)).toList();
  }
}
