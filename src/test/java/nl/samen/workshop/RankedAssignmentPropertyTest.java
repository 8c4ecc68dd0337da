package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.samen.rsvp.Answer;
import nl.samen.workshop.RankedPlacement.Rank;
import nl.samen.workshop.RankedPlacement.Reason;
import org.junit.jupiter.api.Test;

/** The rules every ranked assignment keeps, checked from the input over many random network days. */
class RankedAssignmentPropertyTest {
  private static final int DAYS = 300;

  @Test
  void everyAssignment_keepsSeatsRoundsAndTheNotTwiceRule_andPlacesWhoeverCanBePlaced() {
    Random random = new Random(20261130);
    for (int day = 0; day < DAYS; day++) {
      RandomNetworkDay input = RandomNetworkDay.draw(random, 1 + random.nextInt(day < 250 ? 30 : 120),
          1 + random.nextInt(3), 1 + random.nextInt(6), random.nextInt(day < 250 ? 8 : 30));
      RankedResult result = input.assign(day);
      new Checked(input, result).check();
      if (day < 250) {
        assertThat(result.provenOptimal()).as("day %d: small days are solved to proven optimality", day).isTrue();
      }
    }
  }

  @Test
  void theSameInputAndSeed_giveTheSameResultByteForByte_inWhateverOrderTheInputIsListed() {
    Random random = new Random(77);
    for (int day = 0; day < 60; day++) {
      RandomNetworkDay input = RandomNetworkDay.draw(random, 1 + random.nextInt(40), 1 + random.nextInt(3),
          1 + random.nextInt(5), random.nextInt(10));
      String once = input.assign(day).toString();

      assertThat(input.assign(day).toString()).isEqualTo(once);
      assertThat(input.shuffled(random).assign(day).toString()).isEqualTo(once);
    }
  }

  @Test
  void aLargeDayWhereEveryoneWantsTheRepeatedWorkshops_isSolvedOptimally_andReproducibly() {
    Random random = new Random(5);
    List<RankedRound> rounds = new ArrayList<>();
    for (int r = 1; r <= 3; r++) {
      List<RankedWorkshop> workshops = new ArrayList<>(List.of(
          new RankedWorkshop(r * 10L, "A", 30, 0), new RankedWorkshop(r * 10L + 1, "B", 30, 0)));
      for (int w = 2; w < 7; w++) {
        workshops.add(new RankedWorkshop(r * 10L + w, "X" + r + w, 40, 0));
      }
      rounds.add(new RankedRound(r, workshops));
    }
    List<Ranker> people = new ArrayList<>();
    for (int p = 0; p < 240; p++) {
      Map<Integer, List<Long>> choices = new HashMap<>();
      boolean aFirst = random.nextBoolean();
      for (int r = 1; r <= 3; r++) {
        long other = r * 10L + 2 + random.nextInt(5);
        choices.put(r, aFirst ? List.of(r * 10L, r * 10L + 1, other) : List.of(r * 10L + 1, r * 10L, other));
      }
      people.add(new Ranker("U" + p, Answer.YES, choices));
    }
    RandomNetworkDay input = new RandomNetworkDay(rounds, people);

    RankedResult result = input.assign(9);

    new Checked(input, result).check();
    assertThat(result.provenOptimal()).isTrue();
    assertThat(input.shuffled(random).assign(9).toString()).isEqualTo(result.toString());
  }

  /** One result checked against its input, with the input's own ids rather than the engine's indexes. */
  private record Checked(RandomNetworkDay input, RankedResult result) {
    void check() {
      Map<Long, RankedWorkshop> workshops = new HashMap<>();
      Map<Long, Integer> roundOf = new HashMap<>();
      input.rounds().forEach(r -> r.workshops().forEach(w -> {
        workshops.put(w.id(), w);
        roundOf.put(w.id(), r.number());
      }));
      Map<Long, Integer> used = new HashMap<>();
      Map<String, Set<String>> had = new HashMap<>();
      input.people().forEach(p -> had.put(p.userId(), new HashSet<>(p.attended())));
      assertThat(result.placements()).hasSize(input.people().size() * input.rounds().size());
      Set<String> slots = new HashSet<>();
      for (RankedPlacement p : result.placements()) {
        assertThat(slots.add(p.userId() + "/" + p.round())).as("one placement per person and round").isTrue();
        p.workshopId().ifPresent(id -> {
          assertThat(roundOf.get(id)).isEqualTo(p.round());
          used.merge(id, 1, Integer::sum);
          assertThat(had.get(p.userId()).add(workshops.get(id).identity())).as("nobody twice: %s", p).isTrue();
        });
        assertThat(p.rank()).as("%s", p).isEqualTo(expectedRank(p));
        assertThat(p.reason() == Reason.FIRST_CHOICE).isEqualTo(p.rank() == Rank.FIRST);
      }
      used.forEach((id, n) -> assertThat(n).as("seats of %d", id).isLessThanOrEqualTo(workshops.get(id).seatsLeft()));
      for (RankedPlacement p : result.placements()) {
        for (RankedWorkshop w : input.rounds().stream().filter(r -> r.number() == p.round()).findFirst()
            .orElseThrow().workshops()) {
          boolean room = used.getOrDefault(w.id(), 0) < w.seatsLeft();
          boolean free = room && !had.get(p.userId()).contains(w.identity());
          assertThat(free && p.rank() == Rank.UNPLACED).as("left unplaced beside a free seat: %s", p).isFalse();
          int better = choices(p).indexOf(w.id());
          assertThat(free && better >= 0 && better < rankIndex(p.rank()))
              .as("a free seat in a better choice was left: %s", p).isFalse();
        }
      }
    }

    private List<Long> choices(RankedPlacement p) {
      Ranker ranker = input.people().stream().filter(r -> r.userId().equals(p.userId())).findFirst().orElseThrow();
      Set<Long> inRound = new HashSet<>();
      input.rounds().stream().filter(r -> r.number() == p.round())
          .forEach(r -> r.workshops().forEach(w -> inRound.add(w.id())));
      return ranker.choicesIn(p.round()).stream().distinct().filter(inRound::contains).limit(3).toList();
    }

    private Rank expectedRank(RankedPlacement p) {
      if (p.workshopId().isEmpty()) {
        return Rank.UNPLACED;
      }
      List<Long> choices = choices(p);
      int at = choices.indexOf(p.workshopId().get());
      return choices.isEmpty() ? Rank.NOT_RANKED : at < 0 ? Rank.OUTSIDE_CHOICES : Rank.values()[at];
    }

    private static int rankIndex(Rank rank) {
      return rank == Rank.NOT_RANKED ? -1 : rank.ordinal();
    }
  }
}
