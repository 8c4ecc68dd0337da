package nl.samen.workshop;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.RsvpService;

/**
 * Closes a ranked network day: runs {@link RankedAssignment} over everyone who comes (yes or maybe)
 * and saves the result as normal choices, once only. Choices made before (by hand) stay, and their
 * seats count as taken.
 */
final class RankedAssigner {
  private final AssignmentRepository repository;
  private final RankingRepository ranking;
  private final WorkshopRepository workshops;
  private final RsvpService rsvps;
  private final NetworkService networks;
  private final Clock clock;
  private final Events events;

  RankedAssigner(AssignmentRepository repository, RankingRepository rankings, WorkshopRepository workshops,
      RsvpService rsvps, NetworkService networks, Clock clock, Events events) {
    this.repository = repository;
    this.ranking = rankings;
    this.workshops = workshops;
    this.rsvps = rsvps;
    this.networks = networks;
    this.clock = clock;
    this.events = events;
  }

  sealed interface Assigned {
    record Done(RankDistribution distribution, long seed) implements Assigned {}

    record NotCoordinator() implements Assigned {}

    record AlreadyAssigned() implements Assigned {}
  }

  Assigned assign(Network network, Meeting meeting, String actor) {
    return networks.isCoordinator(network, actor) ? run(network, meeting, actor) : new Assigned.NotCoordinator();
  }

  /** Assigns the rounds that rank without asking who: for the close by the timer. */
  Assigned run(Network network, Meeting meeting, String by) {
    List<WorkshopChoice> choices = workshops.choices(meeting.id());
    List<Workshop> all = workshops.workshops(meeting.id());
    Set<Integer> ranked = ranking.rounds(meeting.id());
    Map<Integer, List<RankedWorkshop>> byRound = new TreeMap<>();
    for (Workshop w : all.stream().filter(w -> ranked.isEmpty() || ranked.contains(w.round())).toList()) {
      int taken = (int) choices.stream().filter(c -> c.workshopId() == w.id() && c.seated()).count();
      byRound.computeIfAbsent(w.round(), r -> new java.util.ArrayList<>())
          .add(new RankedWorkshop(w.id(), identity(w), w.capacity(), taken));
    }
    List<RankedRound> rounds = byRound.entrySet().stream().map(e -> new RankedRound(e.getKey(), e.getValue())).toList();
    Map<String, Map<Integer, List<Long>>> rankings = repository.rankings(meeting.id());
    Set<String> keep = new HashSet<>();
    for (WorkshopChoice c : choices) {
      all.stream().filter(w -> w.id() == c.workshopId()).findFirst().ifPresent(w -> keep.add(c.userId() + ";" + w.round()));
    }
    List<Ranker> people = rsvps.answers(meeting).stream().filter(r -> r.answer().interested())
        .map(r -> new Ranker(r.userId(), r.answer(), rankings.getOrDefault(r.userId(), Map.of()),
            attended(r.userId(), choices, all), held(r.userId(), keep)))
        .toList();
    long seed = clock.instant().toEpochMilli();
    RankedResult result = RankedAssignment.assign(rounds, people, seed);
    if (!repository.save(meeting.teamId(), network.id(), meeting.id(), result, keep, by, clock.instant())) {
      return new Assigned.AlreadyAssigned();
    }
    events.publish(new SamenEvent.WorkshopChoicesChanged(meeting.teamId(), meeting.id(),
        people.stream().map(Ranker::userId).toList()));
    return new Assigned.Done(result.distribution(), seed);
  }

  Optional<RankDistribution> distribution(Meeting meeting) {
    return repository.distribution(meeting.id());
  }

  /** A workshop repeated in several rounds has the same title. */
  static String identity(Workshop workshop) {
    return workshop.title().strip().toLowerCase(Locale.ROOT);
  }

  /** The rounds in which a choice made by hand stays: seats there are taken, and not given twice. */
  private static Set<Integer> held(String userId, Set<String> keep) {
    return keep.stream().filter(k -> k.startsWith(userId + ";"))
        .map(k -> Integer.valueOf(k.substring(userId.length() + 1))).collect(Collectors.toSet());
  }

  private static Set<String> attended(String userId, List<WorkshopChoice> choices, List<Workshop> all) {
    return choices.stream().filter(c -> c.userId().equals(userId) && c.seated())
        .flatMap(c -> all.stream().filter(w -> w.id() == c.workshopId())).map(RankedAssigner::identity)
        .collect(Collectors.toSet());
  }
}
