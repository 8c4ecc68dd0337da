package nl.samen.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samen.rsvp.Answer;

/**
 * The input of a ranked assignment in index form, with the objective of {@link RankedAssignment} as
 * one integer cost per person, round and option. People are sorted by user id, rounds by number and
 * workshops by id, so the order in which the caller lists them does not change the result. Option
 * {@code workshops(r)} is "unplaced".
 */
final class RankingCosts {
  final List<RankedRound> rounds;
  final List<Ranker> people;
  final int[] tickets;
  /** [round][person][option]: 1..3 a choice, 4 outside the choices, 0 ranked nothing this round. */
  final byte[][][] rank;
  final boolean[][][] allowed;
  final long[][][] cost;
  final int[][] seatsLeft;
  final int[][] identity;
  final int[][] firstChoice;
  final int identities;
  /** The cost of one step of the convex rank cost: what the lottery level never adds up to. */
  final long unit;

  RankingCosts(List<RankedRound> rounds, List<Ranker> people, long seed) {
    this.rounds = rounds.stream().map(RankingCosts::sorted).sorted(Comparator.comparingInt(RankedRound::number)).toList();
    this.people = people.stream().sorted(Comparator.comparing(Ranker::userId)).toList();
    checkUnique();
    tickets = lottery(this.people.size(), seed);
    int r = this.rounds.size();
    int p = this.people.size();
    rank = new byte[r][p][];
    allowed = new boolean[r][p][];
    cost = new long[r][p][];
    seatsLeft = new int[r][];
    identity = new int[r][];
    firstChoice = new int[r][p];
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < r; i++) {
      List<RankedWorkshop> workshops = this.rounds.get(i).workshops();
      seatsLeft[i] = workshops.stream().mapToInt(RankedWorkshop::seatsLeft).toArray();
      identity[i] = workshops.stream().mapToInt(w -> ids.computeIfAbsent(w.identity(), k -> ids.size())).toArray();
    }
    identities = ids.size();
    Weights weights = new Weights(p, r);
    unit = weights.lottery;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < p; j++) {
        fill(i, j, weights, ids);
      }
    }
  }

  int workshops(int round) {
    return seatsLeft[round].length;
  }

  long total(int[][] assignment) {
    long sum = 0;
    for (int i = 0; i < assignment.length; i++) {
      for (int j = 0; j < assignment[i].length; j++) {
        sum += cost[i][j][assignment[i][j]];
      }
    }
    return sum;
  }

  private void fill(int round, int person, Weights weights, Map<String, Integer> ids) {
    Ranker ranker = people.get(person);
    List<RankedWorkshop> workshops = rounds.get(round).workshops();
    int w = workshops.size();
    byte[] ranks = new byte[w + 1];
    List<Long> choices = ranker.choicesIn(rounds.get(round).number()).stream().distinct()
        .filter(id -> workshops.stream().anyMatch(ws -> ws.id() == id)).limit(3).toList();
    firstChoice[round][person] = -1;
    for (int o = 0; o < w; o++) {
      int at = choices.indexOf(workshops.get(o).id());
      ranks[o] = (byte) (choices.isEmpty() ? 0 : at < 0 ? 4 : at + 1);
      if (at == 0) {
        firstChoice[round][person] = o;
      }
    }
    Set<Integer> attended = new HashSet<>();
    ranker.attended().forEach(a -> attended.add(ids.getOrDefault(a, -1)));
    boolean[] may = new boolean[w + 1];
    long[] costs = new long[w + 1];
    // A round held by hand takes no seat from others here: its seat is counted as taken already.
    boolean held = ranker.held().contains(rounds.get(round).number());
    for (int o = 0; o <= w; o++) {
      may[o] = o == w || !held && !attended.contains(identity[round][o]);
      costs[o] = o == w ? held ? 0 : weights.unplaced(ranker.answer(), tickets[person])
          : weights.placed(ranks[o], tickets[person]);
    }
    rank[round][person] = ranks;
    allowed[round][person] = may;
    cost[round][person] = costs;
  }

  /**
   * Lottery positions, 0 the best, from a Fisher-Yates shuffle driven by SplitMix64 from the seed:
   * spelled out here so that a recorded seed replays the same on any Java version, and so that
   * neighbouring seeds (1, 2, 3...) still draw unrelated lotteries, which java.util.Random does not.
   */
  private static int[] lottery(int people, long seed) {
    int[] order = new int[people];
    for (int i = 0; i < people; i++) {
      order[i] = i;
    }
    long state = seed;
    for (int i = people - 1; i > 0; i--) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      int j = (int) Long.remainderUnsigned(z, i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] tickets = new int[people];
    for (int i = 0; i < people; i++) {
      tickets[order[i]] = i;
    }
    return tickets;
  }

  private static RankedRound sorted(RankedRound round) {
    return new RankedRound(round.number(),
        round.workshops().stream().sorted(Comparator.comparingLong(RankedWorkshop::id)).toList());
  }

  private void checkUnique() {
    Set<Object> seen = new HashSet<>();
    for (RankedRound round : rounds) {
      require(seen.add("round " + round.number()), "round " + round.number() + " twice");
      round.workshops().forEach(w -> require(seen.add(w.id()), "workshop " + w.id() + " twice"));
    }
    List<String> users = new ArrayList<>();
    people.forEach(p -> users.add(p.userId()));
    require(users.stream().distinct().count() == users.size(), "a person twice");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * The levels of the objective folded into one long: each level's unit outweighs everything all
   * lower levels can add up to over all person-rounds, so minimising the sum is lexicographic.
   */
  private static final class Weights {
    private final long people;
    private final long lottery;
    private final long yes;
    private final long unplaced;

    Weights(int people, int rounds) {
      long slots = Math.max(1, (long) people * rounds);
      this.people = people;
      lottery = 16 * people * slots + 1;
      yes = 9 * slots + 1;
      unplaced = yes * (slots + 1);
      try {
        // Room for sums, multipliers and the flows' potentials: paths through everyone, twice over.
        Math.multiplyExact(Math.multiplyExact(unplaced + yes + 1, lottery), 16 * slots + 64);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("too many people for one assignment: " + people + " over " + rounds);
      }
    }

    long placed(int rank, int ticket) {
      long convex = rank == 0 ? 0 : (long) (rank - 1) * (rank - 1);
      return convex * lottery + convex * (people - ticket);
    }

    long unplaced(Answer answer, int ticket) {
      return (unplaced + (answer == Answer.YES ? yes : 0)) * lottery + 16 * (people - ticket);
    }
  }
}
