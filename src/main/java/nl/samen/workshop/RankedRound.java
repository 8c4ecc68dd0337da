package nl.samen.workshop;

import java.util.List;

/** One round of a network day with the workshops in it. */
public record RankedRound(int number, List<RankedWorkshop> workshops) {
  public RankedRound {
    workshops = List.copyOf(workshops);
  }
}
