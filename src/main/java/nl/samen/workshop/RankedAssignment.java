package nl.samen.workshop;

import java.util.List;

/**
 * Assigns everyone who comes to a network day to workshops in its ranked rounds: the fair, optimal
 * and reproducible assignment at the close of the ranking. Pure: no Slack, no database, no clock.
 *
 * <p>Constraints: a workshop gets at most its seats left ({@code capacity − taken}); a person gets at
 * most one workshop per round; nobody gets the same workshop identity twice, across rounds or with
 * what they {@link Ranker#attended() attended} already.
 *
 * <p>Objective: among those assignments, the least in this lexicographic order, each level only
 * breaking the ties of the one before:
 *
 * <ol>
 *   <li>the fewest person-rounds unplaced (everyone is placed if at all possible);
 *   <li>the fewest of them who said yes (a seat goes to a yes before a maybe);
 *   <li>the least sum of convex rank costs (k − 1)² over the placed person-rounds, k being the rank
 *       of the seat in the person's choices for that round (0, 1, 4) and 4 for a seat outside them
 *       (cost 9); a seat costs 0 to whoever ranked nothing in that round. Convex, so many first
 *       choices, but nobody is pushed far down to lift others a little: lifting two people from
 *       second to first (saves 2) never pays for pushing one from first to third (costs 4);
 *   <li>the lottery: the least sum of (rank cost) × (n − ticket) over the placed and 16 × (n − ticket)
 *       over the unplaced, tickets 0..n−1 drawn from the seed, so on a tie the better lottery ticket
 *       gets the better rank and, if someone must go unplaced, a seat.
 * </ol>
 *
 * <p>The levels are folded into one integer cost per person, round and option (see {@link
 * RankingCosts}). Each round alone is a min-cost flow ({@link SeatFlow}); the not-twice rule couples
 * the rounds and makes the whole problem NP-hard in general (a three-index assignment). First
 * assignments come from repairs of the rounds' optimum and of the choices each person makes at
 * Lagrangian seat prices ({@link SeatPriceBound}), improved round by round ({@link Conflict}); then
 * branch and bound on Lagrangian bounds ({@link ConflictSearch}) proves or improves them. Every
 * result keeps all the constraints. It is proven optimal when the search closes within its work
 * budget, which it does on small and middle-sized days; on a large day where many rank a repeated
 * workshop first in every round (300 members, three rounds of ten) the budget runs out first, and
 * the result is the best assignment found, with {@link RankedResult#provenOptimal()} false (in the
 * benchmark its rank cost is on average 2 % above the proven lower bound). Ties left after the lottery
 * fall to the fixed order of user and workshop ids, and the budget counts solved rounds, not time, so
 * the same input and seed give the same result on any machine, whatever order the input lists them in.
 */
public final class RankedAssignment {
  /** Nodes the search opens proving the lottery level too, and in all (see ConflictSearch). */
  static final int FINE = 200;
  static final int BUDGET = 5_000;

  private RankedAssignment() {}

  public static RankedResult assign(List<RankedRound> rounds, List<Ranker> people, long seed) {
    RankingCosts costs = new RankingCosts(rounds, people, seed);
    ConflictSearch.Outcome outcome = new ConflictSearch(costs, FINE, BUDGET).run();
    List<RankedPlacement> placements = RankedExplanation.explain(costs, outcome.assignment());
    return new RankedResult(seed, placements, RankDistribution.of(placements), outcome.proven());
  }
}
