package nl.samen.workshop;

import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;
import nl.samen.workshop.Relaxation.Ban;

/**
 * Finds the assignment of least total cost over all rounds with nobody in the same workshop identity
 * twice, by best-first branch and bound on {@link Relaxation}'s bounds. Where someone has identity i
 * in rounds r and s, every assignment that keeps the rule either does not give them i in r, or gives
 * them i nowhere but in r: the two children. The search stops when no open node can beat the best
 * assignment found (optimal); after {@code fine} nodes, when none can beat its rank levels (the
 * lottery level then stays as found); past {@code budget} nodes or its work in solved rounds, with
 * the best found, not proven.
 */
final class ConflictSearch {
  private static final int CHILD_STEPS = 4;
  private static final int SEAT_STEPS = 200;
  private final RankingCosts costs;
  private final Relaxation relaxation;
  private final int fine;
  private final int budget;
  private final long work;
  private long created;
  private int[][] best;
  private long bestCost = Long.MAX_VALUE;

  ConflictSearch(RankingCosts costs, int fine, int budget) {
    this.costs = costs;
    this.relaxation = new Relaxation(costs);
    this.fine = fine;
    this.budget = budget;
    // Rounds the search may solve: a round costs about people² × workshops, so this keeps the search
    // near half a second on any size, the same amount on every machine.
    long size = (long) costs.people.size() * costs.people.size() * (costs.identities + 1);
    this.work = Math.max(30, 40_000_000L / Math.max(1, size));
  }

  /** The best assignment found; {@code bound} is a lower bound on the optimum (the cost, if proven). */
  record Outcome(int[][] assignment, long cost, long bound, boolean proven, int opened) {}

  private record Node(Ban bans, Relaxation.Result result, long order) {}

  Outcome run() {
    PriorityQueue<Node> open = new PriorityQueue<>(
        Comparator.comparingLong((Node n) -> n.result().bound()).thenComparingLong(Node::order));
    Node root = node(null, Map.of(), 0);
    boolean exact = root.result().branchOn() == null;
    if (!exact) {
      consider(Conflict.improve(costs, relaxation, Conflict.repair(costs, relaxation, root.result(), null).feasible()));
    }
    SeatPriceBound.Bound seats = exact ? null : SeatPriceBound.bound(costs, bestCost, SEAT_STEPS);
    if (seats != null && seats.value() > root.result().bound()) {
      root = new Node(root.bans(), root.result().withBound(seats.value()), root.order());
      // Where each person takes each identity at the seat prices is a good guess for the whole day.
      Ban guess = Conflict.keepWhere(costs, seats.options());
      Relaxation.Result guessed = relaxation.evaluate(guess, Map.of(), 0);
      consider(Conflict.improve(costs, relaxation, guessed.branchOn() == null ? guessed.feasible()
          : Conflict.repair(costs, relaxation, guessed, guess).feasible()));
    }
    open.add(root);
    int opened = 0;
    boolean proven = true;
    long bound = bestCost;
    while (!open.isEmpty()) {
      Node node = open.poll();
      bound = Math.min(bestCost, node.result().bound());
      if (!beats(node, opened) || node.result().branchOn() == null) {
        break;
      }
      if (++opened > budget || relaxation.solves > work) {
        // Out of budget: proven still if no open node can beat the rank levels of the best found.
        proven = Math.floorDiv(node.result().bound(), costs.unit) >= Math.floorDiv(bestCost, costs.unit);
        break;
      }
      Conflict c = Conflict.find(costs, node.result().branchOn());
      for (Ban bans : new Ban[] {c.notHere(node.bans()), c.onlyHere(node.bans())}) {
        Node child = node(bans, node.result().prices(), CHILD_STEPS, node.result().bound());
        if (beats(child, opened)) {
          open.add(child);
        }
      }
    }
    return new Outcome(best, bestCost, proven ? bestCost : bound, proven, opened);
  }

  private void consider(int[][] assignment) {
    long cost = costs.total(assignment);
    if (cost < bestCost) {
      best = assignment;
      bestCost = cost;
    }
  }

  private Node node(Ban bans, Map<Long, Long> prices, int steps) {
    return node(bans, prices, steps, Long.MIN_VALUE);
  }

  /** A child's bound is at least its parent's: it holds fewer assignments. */
  private Node node(Ban bans, Map<Long, Long> prices, int steps, long parent) {
    Relaxation.Result result = relaxation.evaluate(bans, prices, steps, bestCost).withBound(parent);
    if (result.feasible() != null && result.feasibleCost() < bestCost) {
      best = result.feasible();
      bestCost = result.feasibleCost();
    }
    return new Node(bans, result, created++);
  }

  /** Whether a node may still hold something better than the best found (past fine: in rank levels). */
  private boolean beats(Node node, int opened) {
    if (best == null) {
      return true;
    }
    long bound = node.result().bound();
    if (opened < fine) {
      return bound < bestCost;
    }
    return Math.floorDiv(bound, costs.unit) < Math.floorDiv(bestCost, costs.unit);
  }
}
