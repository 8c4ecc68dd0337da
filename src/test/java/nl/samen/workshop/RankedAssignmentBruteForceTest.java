package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.samen.rsvp.Answer;
import nl.samen.workshop.RankedPlacement.Rank;
import org.junit.jupiter.api.Test;

/**
 * On network days small enough to try every assignment, the ranked assignment reaches the optimum of
 * its stated objective: the same total cost, and the same unplaced, unplaced yes and convex rank sum.
 */
class RankedAssignmentBruteForceTest {
  @Test
  void onSmallNetworkDays_theAssignmentIsAsGoodAsTheBestOfAllAssignments() {
    Random random = new Random(4242);
    for (int day = 0; day < 460; day++) {
      // Most days are tiny in every way; the last ones have more people competing over two rounds.
      RandomNetworkDay input = day < 400
          ? RandomNetworkDay.draw(random, 1 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(3),
              random.nextInt(3))
          : RandomNetworkDay.draw(random, 5 + random.nextInt(2), 2, 2, 1 + random.nextInt(3));
      RankingCosts costs = new RankingCosts(input.rounds(), input.people(), day);
      RankedResult result = RankedAssignment.assign(input.rounds(), input.people(), day);
      int[][] found = indexes(costs, result);
      BruteForce best = new BruteForce(costs);
      best.search(0, 0, new int[costs.rounds.size()][costs.people.size()]);

      assertThat(costs.total(found)).as("day %d", day).isEqualTo(best.cost);
      assertThat(levels(costs, found)).as("day %d", day).containsExactly(levels(costs, best.assignment));
      assertThat(levels(costs, found)).containsExactly(levels(input, result));
    }
  }

  /** Unplaced, unplaced who said yes, and the sum of (rank − 1)², counted from the index form. */
  private static long[] levels(RankingCosts costs, int[][] a) {
    long[] levels = new long[3];
    for (int r = 0; r < a.length; r++) {
      for (int p = 0; p < a[r].length; p++) {
        if (a[r][p] == costs.workshops(r)) {
          levels[0]++;
          levels[1] += costs.people.get(p).answer() == Answer.YES ? 1 : 0;
        } else {
          int k = costs.rank[r][p][a[r][p]];
          levels[2] += k == 0 ? 0 : (long) (k - 1) * (k - 1);
        }
      }
    }
    return levels;
  }

  /** The same levels from the placements the engine reports. */
  private static long[] levels(RandomNetworkDay input, RankedResult result) {
    long[] levels = new long[3];
    for (RankedPlacement p : result.placements()) {
      levels[0] += p.rank() == Rank.UNPLACED ? 1 : 0;
      levels[1] += p.rank() == Rank.UNPLACED && input.people().stream()
          .anyMatch(r -> r.userId().equals(p.userId()) && r.answer() == Answer.YES) ? 1 : 0;
      levels[2] += switch (p.rank()) {
        case SECOND -> 1;
        case THIRD -> 4;
        case OUTSIDE_CHOICES -> 9;
        default -> 0;
      };
    }
    return levels;
  }

  private static int[][] indexes(RankingCosts costs, RankedResult result) {
    int[][] a = new int[costs.rounds.size()][costs.people.size()];
    for (RankedPlacement placement : result.placements()) {
      int p = costs.people.stream().map(Ranker::userId).toList().indexOf(placement.userId());
      int r = costs.rounds.stream().map(RankedRound::number).toList().indexOf(placement.round());
      List<Long> ids = costs.rounds.get(r).workshops().stream().map(RankedWorkshop::id).toList();
      a[r][p] = placement.workshopId().map(ids::indexOf).orElse(ids.size());
    }
    return a;
  }

  /** Tries every option for every person and round, keeping only assignments that keep the rules. */
  private static final class BruteForce {
    private final RankingCosts costs;
    long cost = Long.MAX_VALUE;
    int[][] assignment;

    BruteForce(RankingCosts costs) {
      this.costs = costs;
    }

    void search(int slot, long sum, int[][] a) {
      int people = costs.people.size();
      if (slot == people * costs.rounds.size()) {
        if (sum < cost) {
          cost = sum;
          assignment = new int[a.length][];
          for (int r = 0; r < a.length; r++) {
            assignment[r] = a[r].clone();
          }
        }
        return;
      }
      int r = slot / people;
      int p = slot % people;
      for (int o = 0; o <= costs.workshops(r); o++) {
        if (allowed(a, r, p, o)) {
          a[r][p] = o;
          search(slot + 1, sum + costs.cost[r][p][o], a);
        }
      }
    }

    private boolean allowed(int[][] a, int r, int p, int o) {
      if (o == costs.workshops(r)) {
        return true;
      }
      if (!costs.allowed[r][p][o]) {
        return false;
      }
      int taken = 0;
      for (int q = 0; q < p; q++) {
        taken += a[r][q] == o ? 1 : 0;
      }
      for (int s = 0; s < r; s++) {
        if (a[s][p] < costs.workshops(s) && costs.identity[s][a[s][p]] == costs.identity[r][o]) {
          return false;
        }
      }
      return taken < costs.seatsLeft[r][o];
    }
  }
}
