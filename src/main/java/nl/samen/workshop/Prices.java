package nl.samen.workshop;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One subgradient step of the price search of {@link Relaxation}: where someone takes an identity
 * twice its price rises, where a priced identity was taken nowhere it falls.
 */
final class Prices {
  private final RankingCosts costs;
  private final Map<Long, Long> next;
  private boolean slack = true;

  Prices(RankingCosts costs, Map<Long, Long> mu) {
    this.costs = costs;
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
   * Moves each price by step × (times taken − 1), never below zero; returns whether someone took an
   * identity twice. The step is Polyak's, from the distance to the best assignment known (0: none).
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
          next.put(key, mu + step * (count[i] - 1));
        } else if (count[i] == 0 && mu > 0) {
          slack = false;
          long lowered = mu - Math.min(mu, step);
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
}
