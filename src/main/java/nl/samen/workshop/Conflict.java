package nl.samen.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.samen.workshop.Relaxation.Ban;

/** Someone seated in one workshop identity in several rounds, and the two ways to branch on it. */
record Conflict(RankingCosts costs, int person, int identity, int keep, List<Integer> others) {
  /** The first person, in order, seated in one identity twice, and the round to try keeping it in. */
  static Conflict find(RankingCosts costs, int[][] a) {
    int[] seen = new int[costs.identities];
    for (int p = 0; p < costs.people.size(); p++) {
      Arrays.fill(seen, 0);
      for (int r = 0; r < a.length; r++) {
        if (a[r][p] < costs.workshops(r) && ++seen[costs.identity[r][a[r][p]]] == 2) {
          return of(costs, a, p, costs.identity[r][a[r][p]]);
        }
      }
    }
    return null;
  }

  private static Conflict of(RankingCosts costs, int[][] a, int person, int identity) {
    // Keep it where giving it up would cost the person most: their next option there is worst.
    int keep = -1;
    long most = Long.MIN_VALUE;
    for (int r = 0; r < a.length; r++) {
      int o = a[r][person];
      if (o < costs.workshops(r) && costs.identity[r][o] == identity) {
        long next = Long.MAX_VALUE;
        for (int other = 0; other <= costs.workshops(r); other++) {
          if (costs.allowed[r][person][other] && (other == costs.workshops(r) || costs.identity[r][other] != identity)) {
            next = Math.min(next, costs.cost[r][person][other]);
          }
        }
        long loss = next - costs.cost[r][person][o];
        if (loss > most) {
          most = loss;
          keep = r;
        }
      }
    }
    List<Integer> others = new ArrayList<>();
    for (int r = 0; r < a.length; r++) {
      if (r != keep) {
        others.add(r);
      }
    }
    return new Conflict(costs, person, identity, keep, others);
  }

  /** Assignments where this person does not have the identity in the kept round. */
  Ban notHere(Ban bans) {
    return ban(bans, List.of(keep));
  }

  /** Assignments where this person has the identity in no round but the kept one. */
  Ban onlyHere(Ban bans) {
    return ban(bans, others);
  }

  private Ban ban(Ban bans, List<Integer> rounds) {
    for (int r : rounds) {
      for (int o = 0; o < costs.workshops(r); o++) {
        if (costs.identity[r][o] == identity) {
          bans = new Ban(person, r, o, bans);
        }
      }
    }
    return bans;
  }

  /**
   * An assignment that keeps the rule, for a first upper bound: bans everyone's conflicts at once,
   * each kept in its cheapest round, re-solves, and repeats until none is left.
   */
  static Relaxation.Result repair(RankingCosts costs, Relaxation relaxation, Relaxation.Result from, Ban bans) {
    Relaxation.Result result = from;
    while (result.branchOn() != null) {
      int[][] a = result.branchOn();
      int[] seen = new int[costs.identities];
      for (int p = 0; p < costs.people.size(); p++) {
        Arrays.fill(seen, 0);
        for (int r = 0; r < a.length; r++) {
          if (a[r][p] < costs.workshops(r) && ++seen[costs.identity[r][a[r][p]]] == 2) {
            bans = of(costs, a, p, costs.identity[r][a[r][p]]).onlyHere(bans);
          }
        }
      }
      result = relaxation.evaluate(bans, Map.of(), 0);
    }
    return result;
  }

  /** Bans for everyone each identity of their options in every round but the one it is in. */
  static Ban keepWhere(RankingCosts costs, int[][] options) {
    Ban bans = null;
    for (int p = 0; p < costs.people.size(); p++) {
      for (int r = 0; r < options.length; r++) {
        if (options[r][p] < costs.workshops(r)) {
          List<Integer> others = new ArrayList<>();
          for (int s = 0; s < options.length; s++) {
            if (s != r) {
              others.add(s);
            }
          }
          bans = new Conflict(costs, p, costs.identity[r][options[r][p]], r, others).onlyHere(bans);
        }
      }
    }
    return bans;
  }

  /**
   * Improves an assignment that keeps the rule one round at a time: each round re-solved exactly
   * with everyone's identities from the other rounds banned, until a pass over all rounds changes
   * nothing. The cost never rises, since the round's old answer is among those allowed.
   */
  static int[][] improve(RankingCosts costs, Relaxation relaxation, int[][] start) {
    int[][] a = new int[start.length][];
    for (int r = 0; r < a.length; r++) {
      a[r] = start[r].clone();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < a.length; r++) {
        Ban bans = null;
        for (int p = 0; p < costs.people.size(); p++) {
          for (int s = 0; s < a.length; s++) {
            if (s != r && a[s][p] < costs.workshops(s)) {
              for (int o = 0; o < costs.workshops(r); o++) {
                if (costs.identity[r][o] == costs.identity[s][a[s][p]]) {
                  bans = new Ban(p, r, o, bans);
                }
              }
            }
          }
        }
        int[] next = relaxation.solveRound(r, bans);
        long before = 0;
        long after = 0;
        for (int p = 0; p < next.length; p++) {
          before += costs.cost[r][p][a[r][p]];
          after += costs.cost[r][p][next[p]];
        }
        if (after < before) {
          a[r] = next;
          changed = true;
        }
      }
    }
    return a;
  }
}
