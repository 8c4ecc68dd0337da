package nl.samen.workshop;

import java.util.Arrays;

/**
 * A lower bound by Lagrangian relaxation of the seats instead of the not-twice rule: with a price
 * λ ≥ 0 on every workshop, each person alone takes the cheapest options over the rounds that keep the
 * rule at cost + λ, and that sum minus Σ λ × seats left is at most the cost of any assignment. A
 * person's best is found among the R best options of each round (of distinct identities) and
 * "unplaced": R − 1 other rounds can block at most R − 1 identities. Few prices and cheap people make
 * many steps affordable, so this bound is the one that closes the gap on large days.
 */
final class SeatPriceBound {
  private static final int MAX_ROUNDS = 4;

  private SeatPriceBound() {}

  /** The bound, and everyone's options at the prices that gave it ([round][person]). */
  record Bound(long value, int[][] options) {}

  /** The best bound over {@code steps} Polyak steps towards {@code upper}; null if too many rounds. */
  static Bound bound(RankingCosts costs, long upper, int steps) {
    int rounds = costs.rounds.size();
    if (rounds == 0 || rounds > MAX_ROUNDS || upper == Long.MAX_VALUE) {
      return null;
    }
    int[][] options = new int[rounds][costs.people.size()];
    int[][] bestOptions = null;
    long[][] price = new long[rounds][];
    int[][] demand = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      price[r] = new long[costs.workshops(r)];
      demand[r] = new int[costs.workshops(r)];
    }
    long best = Long.MIN_VALUE;
    double theta = 1.0;
    int stale = 0;
    int[] choice = new int[rounds];
    int[] pick = new int[rounds];
    int[][] candidates = new int[rounds][];
    for (int step = 0; step < steps; step++) {
      long value = 0;
      for (int r = 0; r < rounds; r++) {
        Arrays.fill(demand[r], 0);
        for (int o = 0; o < price[r].length; o++) {
          value -= price[r][o] * costs.seatsLeft[r][o];
        }
      }
      for (int p = 0; p < costs.people.size(); p++) {
        for (int r = 0; r < rounds; r++) {
          candidates[r] = candidates(costs, price, r, p, rounds);
        }
        long[] least = {Long.MAX_VALUE};
        search(costs, price, candidates, p, 0, 0, choice, pick, least);
        value += least[0];
        for (int r = 0; r < rounds; r++) {
          options[r][p] = pick[r];
          if (pick[r] < costs.workshops(r)) {
            demand[r][pick[r]]++;
          }
        }
      }
      if (value > best) {
        best = value;
        bestOptions = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
          bestOptions[r] = options[r].clone();
        }
        stale = 0;
      } else if (++stale >= 5) {
        theta /= 2;
        stale = 0;
      }
      long norm = 0;
      for (int r = 0; r < rounds; r++) {
        for (int o = 0; o < price[r].length; o++) {
          long g = demand[r][o] - costs.seatsLeft[r][o];
          norm += price[r][o] > 0 || g > 0 ? g * g : 0;
        }
      }
      if (norm == 0 || Math.floorDiv(value, costs.unit) >= Math.floorDiv(upper, costs.unit)) {
        break;
      }
      double size = theta * (upper - value) / norm;
      for (int r = 0; r < rounds; r++) {
        for (int o = 0; o < price[r].length; o++) {
          price[r][o] = Math.max(0, price[r][o] + (long) (size * (demand[r][o] - costs.seatsLeft[r][o])));
        }
      }
    }
    return new Bound(best, bestOptions);
  }

  /** The {@code count} cheapest allowed options of distinct identities at these prices, and unplaced. */
  private static int[] candidates(RankingCosts costs, long[][] price, int r, int p, int count) {
    int w = costs.workshops(r);
    int[] chosen = new int[count + 1];
    int n = 0;
    boolean[] taken = new boolean[w];
    for (int k = 0; k < count; k++) {
      int best = -1;
      for (int o = 0; o < w; o++) {
        if (!taken[o] && costs.allowed[r][p][o] && !sameIdentity(costs, r, o, chosen, n)
            && (best < 0 || costs.cost[r][p][o] + price[r][o] < costs.cost[r][p][best] + price[r][best])) {
          best = o;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      chosen[n++] = best;
    }
    chosen[n++] = w;
    return Arrays.copyOf(chosen, n);
  }

  private static boolean sameIdentity(RankingCosts costs, int r, int o, int[] chosen, int n) {
    for (int i = 0; i < n; i++) {
      if (costs.identity[r][chosen[i]] == costs.identity[r][o]) {
        return true;
      }
    }
    return false;
  }

  private static void search(RankingCosts costs, long[][] price, int[][] candidates, int p, int r, long sum,
      int[] choice, int[] pick, long[] least) {
    if (r == candidates.length) {
      if (sum < least[0]) {
        least[0] = sum;
        System.arraycopy(choice, 0, pick, 0, choice.length);
      }
      return;
    }
    for (int o : candidates[r]) {
      boolean placed = o < costs.workshops(r);
      boolean clash = false;
      for (int s = 0; s < r && placed; s++) {
        clash |= choice[s] < costs.workshops(s) && costs.identity[s][choice[s]] == costs.identity[r][o];
      }
      if (!clash) {
        choice[r] = o;
        search(costs, price, candidates, p, r + 1, sum + costs.cost[r][p][o] + (placed ? price[r][o] : 0),
            choice, pick, least);
      }
    }
  }
}
