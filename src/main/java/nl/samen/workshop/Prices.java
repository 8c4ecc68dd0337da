package nl.samen.workshop;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One step of the price search of {@link Relaxation}, read from the rounds' flows at the current
 * prices: where someone takes an identity twice, its price rises to just past the second-largest
 * advantage it has in those rounds; where a priced identity was taken nowhere, it falls to just
 * below what makes it worth taking again.
 */
final class Prices {
  private final RankingCosts costs;
  private final long[][][] cost;
  private final boolean[][][] allowed;
  private final SeatFlow.Flow[] flows;
  private final Map<Long, Long> next;
  private boolean slack = true;

  Prices(RankingCosts costs, long[][][] cost, boolean[][][] allowed, SeatFlow.Flow[] flows, Map<Long, Long> mu) {
    this.costs = costs;
    this.cost = cost;
    this.allowed = allowed;
    this.flows = flows;
    this.next = new HashMap<>(mu);
  }

  static long key(RankingCosts costs, int person, int identity) {
    return (long) person * costs.identities + identity;
  }

  Map<Long, Long> prices() {
    return next;
  }

  /** Whether every priced identity was taken (exactly once, if there was no conflict). */
  boolean slack() {
    return slack;
  }

  /**
   * Moves the prices; returns whether someone took an identity twice. With a step (Polyak's, from
   * the distance to the best assignment known) each price moves by step × (times taken − 1);
   * without one, by the advantages read from the flows.
   */
  boolean adjust(int[][] x, long step) {
    boolean conflict = false;
    int[] count = new int[costs.identities];
    for (int p = 0; p < costs.people.size(); p++) {
      Arrays.fill(count, 0);
      for (int r = 0; r < x.length; r++) {
        if (x[r][p] < costs.workshops(r)) {
          count[costs.identity[r][x[r][p]]]++;
        }
      }
      for (int i = 0; i < costs.identities; i++) {
        long key = key(costs, p, i);
        long mu = next.getOrDefault(key, 0L);
        if (count[i] >= 2) {
          conflict = true;
          next.put(key, mu + (step > 0 ? step * (count[i] - 1) : raise(x, p, i)));
        } else if (count[i] == 0 && mu > 0) {
          slack = false;
          long lowered = mu - Math.min(mu, step > 0 ? step : lower(x, p, i));
          if (lowered == 0) {
            next.remove(key);
          } else {
            next.put(key, lowered);
          }
        }
      }
    }
    return conflict;
  }

  /** The squared length of the subgradient: how far the flows' answer is from keeping the rule. */
  static long violations(RankingCosts costs, int[][] x, Map<Long, Long> mu) {
    long sum = 0;
    int[] count = new int[costs.identities];
    for (int p = 0; p < costs.people.size(); p++) {
      Arrays.fill(count, 0);
      for (int r = 0; r < x.length; r++) {
        if (x[r][p] < costs.workshops(r)) {
          count[costs.identity[r][x[r][p]]]++;
        }
      }
      for (int i = 0; i < costs.identities; i++) {
        if (count[i] >= 2) {
          sum += (long) (count[i] - 1) * (count[i] - 1);
        } else if (count[i] == 0 && mu.getOrDefault(key(costs, p, i), 0L) > 0) {
          sum++;
        }
      }
    }
    return sum;
  }

  private long value(int r, int p, int o) {
    return cost[r][p][o] - flows[r].price()[o];
  }

  private long raise(int[][] x, int p, int identity) {
    long first = -1;
    long second = -1;
    for (int r = 0; r < x.length; r++) {
      int held = x[r][p];
      if (held == costs.workshops(r) || costs.identity[r][held] != identity) {
        continue;
      }
      long alternative = Long.MAX_VALUE;
      for (int o = 0; o <= costs.workshops(r); o++) {
        if (allowed[r][p][o] && (o == costs.workshops(r) || costs.identity[r][o] != identity)) {
          alternative = Math.min(alternative, value(r, p, o));
        }
      }
      long advantage = alternative - value(r, p, held);
      if (advantage > first) {
        second = first;
        first = advantage;
      } else if (advantage > second) {
        second = advantage;
      }
    }
    return Math.max(0, second) + 1;
  }

  /** How far the price must fall for p to prefer identity again in its best round; MAX if nowhere. */
  private long lower(int[][] x, int p, int identity) {
    long gap = Long.MAX_VALUE;
    for (int r = 0; r < x.length; r++) {
      for (int o = 0; o < costs.workshops(r); o++) {
        if (allowed[r][p][o] && costs.identity[r][o] == identity) {
          gap = Math.min(gap, value(r, p, o) - value(r, p, x[r][p]) + 1);
        }
      }
    }
    return gap;
  }
}
