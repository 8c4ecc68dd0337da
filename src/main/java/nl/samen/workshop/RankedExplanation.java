package nl.samen.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samen.workshop.RankedPlacement.Rank;
import nl.samen.workshop.RankedPlacement.Reason;

/** Turns an assignment in index form into placements, each with its rank and the reason for it. */
final class RankedExplanation {
  private RankedExplanation() {}

  static List<RankedPlacement> explain(RankingCosts costs, int[][] assignment) {
    List<RankedPlacement> placements = new ArrayList<>();
    for (int p = 0; p < costs.people.size(); p++) {
      for (int r = 0; r < costs.rounds.size(); r++) {
        if (!costs.people.get(p).held().contains(costs.rounds.get(r).number())) {
          placements.add(placement(costs, assignment, p, r));
        }
      }
    }
    return placements;
  }

  private static RankedPlacement placement(RankingCosts costs, int[][] assignment, int p, int r) {
    int option = assignment[r][p];
    boolean placed = option < costs.workshops(r);
    Rank rank = !placed ? Rank.UNPLACED : switch (costs.rank[r][p][option]) {
      case 0 -> Rank.NOT_RANKED;
      case 1 -> Rank.FIRST;
      case 2 -> Rank.SECOND;
      case 3 -> Rank.THIRD;
      default -> Rank.OUTSIDE_CHOICES;
    };
    Reason reason = reason(costs, assignment, p, r);
    Optional<Long> waitlist = placed ? Optional.empty() : waitlist(costs, assignment, p, r);
    return new RankedPlacement(costs.people.get(p).userId(), costs.rounds.get(r).number(),
        placed ? Optional.of(id(costs, r, option)) : Optional.empty(), rank, reason, waitlist);
  }

  private static Reason reason(RankingCosts costs, int[][] assignment, int p, int r) {
    int first = costs.firstChoice[r][p];
    if (first < 0) {
      return Reason.NOT_RANKED;
    }
    if (assignment[r][p] == first) {
      return Reason.FIRST_CHOICE;
    }
    if (elsewhere(costs, assignment, p, r, first)) {
      return Reason.IN_OTHER_ROUND;
    }
    if (costs.seatsLeft[r][first] == 0) {
      return Reason.FULL_BEFORE;
    }
    for (int x = 0; x < costs.people.size(); x++) {
      if (assignment[r][x] == first && costs.rank[r][x][first] != 1) {
        return Reason.NEEDED_BY_OTHERS;
      }
    }
    return Reason.FULL_WITH_FIRST_CHOICES;
  }

  /** The best of their choices they can still attend: the waitlist of who is not placed. */
  private static Optional<Long> waitlist(RankingCosts costs, int[][] assignment, int p, int r) {
    for (int k = 1; k <= 3; k++) {
      for (int o = 0; o < costs.workshops(r); o++) {
        if (costs.rank[r][p][o] == k && !elsewhere(costs, assignment, p, r, o)) {
          return Optional.of(id(costs, r, o));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether they attended this workshop's identity already or have it in another round. */
  private static boolean elsewhere(RankingCosts costs, int[][] assignment, int p, int r, int option) {
    if (!costs.allowed[r][p][option]) {
      return true;
    }
    for (int s = 0; s < assignment.length; s++) {
      int other = assignment[s][p];
      if (s != r && other < costs.workshops(s) && costs.identity[s][other] == costs.identity[r][option]) {
        return true;
      }
    }
    return false;
  }

  private static long id(RankingCosts costs, int r, int option) {
    return costs.rounds.get(r).workshops().get(option).id();
  }
}
