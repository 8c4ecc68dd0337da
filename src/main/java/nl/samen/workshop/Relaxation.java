package nl.samen.workshop;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Lower bounds for the search by Lagrangian relaxation of the not-twice rule. With a price μ(p, i) ≥ 0
 * for person p taking identity i, each round is solved on its own ({@link SeatFlow}) with cost + μ,
 * and the sum minus Σμ is at most the cost of any assignment that keeps the rule (it only adds
 * μ·(times taken − 1) ≤ 0 to such an assignment). If the rounds' answer keeps the rule and every
 * priced identity is taken exactly once, that answer is optimal. The prices are searched by
 * subgradient steps ({@link Prices}) of Polyak's size towards the best assignment known.
 */
final class Relaxation {
  private final RankingCosts costs;
  /** Rounds solved so far: the search's measure of work, the same on every machine. */
  int solves;

  Relaxation(RankingCosts costs) {
    this.costs = costs;
  }

  /** A prohibition of one option for one person in one round; nodes share their parents' lists. */
  record Ban(int person, int round, int option, Ban next) {}

  /**
   * What evaluating a node found: its best bound, the prices that gave it, an assignment to branch on
   * (null if the node is solved exactly), and the cheapest assignment met that keeps the rule.
   */
  record Result(long bound, Map<Long, Long> prices, int[][] branchOn, int[][] feasible, long feasibleCost) {
    Result withBound(long other) {
      return new Result(Math.max(bound, other), prices, branchOn, feasible, feasibleCost);
    }
  }

  Result evaluate(Ban bans, Map<Long, Long> start, int iterations) {
    return evaluate(bans, start, iterations, Long.MAX_VALUE);
  }

  /** Evaluates a node; {@code upper} is the cost of the best assignment known, for the step sizes. */
  Result evaluate(Ban bans, Map<Long, Long> start, int iterations, long upper) {
    int rounds = costs.rounds.size();
    boolean[][][] allowed = new boolean[rounds][][];
    for (int r = 0; r < rounds; r++) {
      allowed[r] = allowed(r, bans);
    }
    Map<Long, Long> mu = new HashMap<>(start);
    Map<Long, Long> bestPrices = mu;
    long bound = Long.MIN_VALUE;
    int[][] conflicted = null;
    int[][] feasible = null;
    long feasibleCost = Long.MAX_VALUE;
    double theta = 1.0;
    int stale = 0;
    for (int it = 0; ; it++) {
      long[][][] cost = new long[rounds][][];
      int[][] x = new int[rounds][];
      long value = -mu.values().stream().mapToLong(Long::longValue).sum();
      for (int r = 0; r < rounds; r++) {
        cost[r] = priced(r, mu);
        x[r] = SeatFlow.solve(cost[r], allowed[r], costs.seatsLeft[r]);
        solves++;
        for (int p = 0; p < x[r].length; p++) {
          value += cost[r][p][x[r][p]];
        }
      }
      if (value > bound) {
        bound = value;
        bestPrices = Map.copyOf(mu);
        stale = 0;
      } else if (++stale >= 3) {
        theta /= 2;
        stale = 0;
      }
      long known = Math.min(upper, feasibleCost);
      long norm = Prices.violations(costs, x, mu);
      long step = known == Long.MAX_VALUE || norm == 0 ? 0 : (long) Math.max(1, theta * (known - value) / norm);
      Prices next = new Prices(costs, mu);
      boolean conflict = next.adjust(x, step);
      if (!conflict) {
        long total = costs.total(x);
        if (total < feasibleCost) {
          feasible = x;
          feasibleCost = total;
        }
        if (next.slack()) {
          return new Result(Math.max(bound, total), bestPrices, null, feasible, feasibleCost);
        }
      } else {
        conflicted = x;
      }
      if (it >= iterations || next.prices().equals(mu)) {
        break;
      }
      mu = next.prices();
    }
    if (conflicted == null) {
      // Every answer kept the rule but left a price unused: without prices the flows decide.
      return evaluate(bans, Map.of(), 0).withBound(bound);
    }
    return new Result(bound, bestPrices, conflicted, feasible, feasibleCost);
  }

  /** The cheapest assignment of one round under the bans, at the true costs. */
  int[] solveRound(int round, Ban bans) {
    solves++;
    return SeatFlow.solve(costs.cost[round], allowed(round, bans), costs.seatsLeft[round]);
  }

  private boolean[][] allowed(int round, Ban bans) {
    boolean[][] allowed = costs.allowed[round].clone();
    for (Ban b = bans; b != null; b = b.next()) {
      if (b.round() == round) {
        if (allowed[b.person()] == costs.allowed[round][b.person()]) {
          allowed[b.person()] = allowed[b.person()].clone();
        }
        allowed[b.person()][b.option()] = false;
      }
    }
    return allowed;
  }

  private long[][] priced(int round, Map<Long, Long> mu) {
    long[][] cost = costs.cost[round].clone();
    if (mu.isEmpty()) {
      return cost;
    }
    for (int p = 0; p < cost.length; p++) {
      for (int o = 0; o < costs.workshops(round); o++) {
        long price = mu.getOrDefault(Prices.key(costs, p, costs.identity[round][o]), 0L);
        if (price != 0) {
          if (cost[p] == costs.cost[round][p]) {
            cost[p] = Arrays.copyOf(cost[p], cost[p].length);
          }
          cost[p][o] += price;
        }
      }
    }
    return cost;
  }
}
