package nl.samen.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.RsvpService;

/**
 * Ranked workshop choices of a network day (issue 15): a coordinator opens the ranking, members rank
 * up to three workshops per round and may change that until the close (by default the RSVP deadline).
 */
final class RankingService {
  static final int MAX_CHOICES = 3;

  private final RankingRepository repository;
  private final WorkshopRepository workshops;
  private final NetworkService networks;
  private final RsvpService rsvps;
  private final Clock clock;
  private final Consumer<Meeting> opened;

  RankingService(RankingRepository repository, WorkshopRepository workshops, NetworkService networks,
      RsvpService rsvps, Clock clock, Consumer<Meeting> opened) {
    this.repository = repository;
    this.workshops = workshops;
    this.networks = networks;
    this.rsvps = rsvps;
    this.clock = clock;
    this.opened = opened;
  }

  sealed interface Result {
    /** {@code rounds}: the rounds that rank, all of them if empty. */
    record Opened(Instant closesAt, Set<Integer> rounds) implements Result {}

    record Ranked(int round, List<Workshop> choices, Instant closesAt) implements Result {}

    record NotCoordinator() implements Result {}

    record NotANetworkDay() implements Result {}

    record MeetingCancelled() implements Result {}

    record NotOpen() implements Result {}

    /** The close asked for is not in the future. */
    record CloseInPast(Instant closesAt) implements Result {}

    /** The ranking was assigned already: changes go by hand now. */
    record Assigned() implements Result {}

    record Closed(Instant closedAt) implements Result {}

    /** {@code number} is no workshop of {@code round}, or named twice. */
    record NotInRound(int number, int round) implements Result {}

    /** The coordinator named a round that has no workshops. */
    record NoSuchRound(int round) implements Result {}

    /** The round is first come, first served: members choose there. */
    record RoundNotRanked(int round) implements Result {}
  }

  /** A member's ranking per round, when ranking closes, and the rounds that rank (empty: all). */
  record Ranking(Instant closesAt, Map<Integer, List<Workshop>> rounds, Set<Integer> ranked) {}

  /**
   * Opens ranking in {@code rounds} (empty: every round; the others stay first come, first served)
   * until {@code until} (the meeting's local time), by default the RSVP deadline.
   */
  Result open(Network network, Meeting meeting, String actor, Optional<LocalDateTime> until, Set<Integer> rounds) {
    if (!networks.isCoordinator(network, actor)) {
      return new Result.NotCoordinator();
    }
    Optional<Result> refused = refusal(meeting);
    if (refused.isPresent()) {
      return refused.get();
    }
    Instant closes = until.map(t -> t.atZone(meeting.zone()).toInstant())
        .orElseGet(() -> meeting.rsvpDeadline(network.rsvpDeadlineBeforeStart()));
    if (!closes.isAfter(clock.instant())) {
      return new Result.CloseInPast(closes);
    }
    Set<Integer> existing = rankedRounds(Set.of(), workshops.workshops(meeting.id()));
    Optional<Integer> unknown = rounds.stream().filter(r -> !existing.contains(r)).findFirst();
    if (unknown.isPresent()) {
      return new Result.NoSuchRound(unknown.get());
    }
    repository.open(meeting.teamId(), meeting.id(), closes, rounds, actor, clock.instant());
    opened.accept(meeting);
    return new Result.Opened(closes, new TreeSet<>(rounds));
  }

  /** Ranking means coming, like choosing: without an answer yet, it becomes yes. */
  Result rank(Network network, Meeting meeting, String userId, int round, List<Integer> numbers) {
    Optional<Result> refused = notOpen(meeting);
    if (refused.isPresent()) {
      return refused.get();
    }
    Instant closes = repository.closesAt(meeting.id()).orElseThrow();
    if (!rankedRounds(meeting).contains(round)) {
      return new Result.RoundNotRanked(round);
    }
    List<Workshop> inRound = workshops.workshops(meeting.id()).stream().filter(w -> w.round() == round).toList();
    List<Workshop> chosen = new ArrayList<>();
    for (int number : numbers) {
      Optional<Workshop> found = inRound.stream().filter(w -> w.number() == number).findFirst();
      if (found.isEmpty() || chosen.contains(found.get())) {
        return new Result.NotInRound(number, round);
      }
      chosen.add(found.get());
    }
    repository.rank(meeting.teamId(), meeting.id(), userId, round, chosen.stream().map(Workshop::id).toList(),
        clock.instant());
    if (rsvps.answerOf(meeting, userId).isEmpty()) {
      rsvps.recordAnswer(network, meeting, userId, userId, Answer.YES, Optional.empty());
    }
    return new Result.Ranked(round, chosen, closes);
  }

  /** Why members cannot rank now (by command or the form), if so. */
  Optional<Result> notOpen(Meeting meeting) {
    Optional<Result> refused = refusal(meeting);
    if (refused.isPresent()) {
      return refused;
    }
    Optional<Instant> closes = repository.closesAt(meeting.id());
    if (closes.isEmpty()) {
      return Optional.of(new Result.NotOpen());
    }
    if (!clock.instant().isBefore(closes.get())) {
      return Optional.of(new Result.Closed(closes.get()));
    }
    return repository.assigned(meeting.id()) ? Optional.of(new Result.Assigned()) : Optional.empty();
  }

  /** The workshops of the rounds that rank, by round and number: what the form offers. */
  List<Workshop> rankable(Meeting meeting) {
    Set<Integer> ranked = rankedRounds(meeting);
    return workshops.workshops(meeting.id()).stream().filter(w -> ranked.contains(w.round())).toList();
  }

  /** The member's ranking, if the meeting ranks. */
  Optional<Ranking> ranking(Meeting meeting, String userId) {
    return repository.closesAt(meeting.id()).map(closes -> {
      List<Workshop> all = workshops.workshops(meeting.id());
      Map<Integer, List<Workshop>> rounds = new TreeMap<>();
      for (long[] row : repository.ranking(meeting.id(), userId)) {
        all.stream().filter(w -> w.id() == row[1]).findFirst()
            .ifPresent(w -> rounds.computeIfAbsent((int) row[0], r -> new ArrayList<>()).add(w));
      }
      return new Ranking(closes, rounds, repository.rounds(meeting.id()));
    });
  }

  /** The rounds of the meeting that rank (every round with workshops unless some were named); none if it does not rank. */
  Set<Integer> rankedRounds(Meeting meeting) {
    if (repository.closesAt(meeting.id()).isEmpty()) {
      return Set.of();
    }
    return rankedRounds(repository.rounds(meeting.id()), workshops.workshops(meeting.id()));
  }

  /** The rounds named when the ranking opened, or if none were, every round that has workshops. */
  static Set<Integer> rankedRounds(Set<Integer> named, List<Workshop> all) {
    return named.isEmpty() ? all.stream().map(Workshop::round).collect(Collectors.toCollection(TreeSet::new)) : named;
  }

  /** Whether seats in this round wait for the ranked assignment: then members do not choose there. */
  boolean awaitsAssignment(Meeting meeting, int round) {
    return rankedRounds(meeting).contains(round) && !repository.assigned(meeting.id());
  }

  private static Optional<Result> refusal(Meeting meeting) {
    if (meeting.kind() != Meeting.Kind.NETWORKDAY) {
      return Optional.of(new Result.NotANetworkDay());
    }
    if (meeting.cancelled()) {
      return Optional.of(new Result.MeetingCancelled());
    }
    return Optional.empty();
  }
}
