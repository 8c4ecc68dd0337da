package nl.samen.workshop;

import java.util.List;

/** How many person-rounds got their first, second, third choice, another seat, or none. */
public record RankDistribution(int first, int second, int third, int outsideChoices, int notRanked, int unplaced) {
  static RankDistribution of(List<RankedPlacement> placements) {
    int[] counts = new int[RankedPlacement.Rank.values().length];
    placements.forEach(p -> counts[p.rank().ordinal()]++);
    return new RankDistribution(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  public int total() {
    return first + second + third + outsideChoices + notRanked + unplaced;
  }
}
