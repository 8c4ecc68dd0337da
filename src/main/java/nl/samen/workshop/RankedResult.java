package nl.samen.workshop;

import java.util.List;

/**
 * The outcome of a ranked assignment: everyone's placement per round (sorted by user id, then round),
 * the distribution of ranks, the lottery seed it used, and whether the search proved its rank levels
 * optimal (small and middle-sized days; see {@link RankedAssignment}).
 */
public record RankedResult(
    long seed, List<RankedPlacement> placements, RankDistribution distribution, boolean provenOptimal) {
  public RankedResult {
    placements = List.copyOf(placements);
  }
}
