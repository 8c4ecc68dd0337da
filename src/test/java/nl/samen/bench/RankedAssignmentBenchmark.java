package nl.samen.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samen.workshop.RankedAssignment;
import nl.samen.workshop.RankedPlacement;
import nl.samen.workshop.RankedPlacement.Rank;
import nl.samen.workshop.RankedResult;

/**
 * Samen's ranked assignment against random serial dictatorship on the same rankings: 300 members,
 * three rounds of ten workshops ({@link NetworkDayInstance}), 100 seeds, each seed drawing both the
 * network day and the lottery. Prints the time Samen takes and, averaged over the seeds, the share of
 * ranked person-rounds on their first choice and on their third or worse (another seat or none), the
 * person-rounds unplaced, and the worst-off rank (1-3, 4 a seat outside one's choices, 5 none).
 * Not a test: timings depend on the machine.
 */
public final class RankedAssignmentBenchmark {
  private RankedAssignmentBenchmark() {}

  public static void main(String[] args) {
    int members = Integer.getInteger("members", 300);
    int seeds = Integer.getInteger("seeds", 100);
    List<Long> millis = new ArrayList<>();
    Figures samen = new Figures();
    Figures lottery = new Figures();
    int proven = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      NetworkDayInstance day = NetworkDayInstance.draw(seed, members);
      long start = System.nanoTime();
      RankedResult result = RankedAssignment.assign(day.rounds(), day.people(), seed);
      millis.add((System.nanoTime() - start) / 1_000_000);
      proven += result.provenOptimal() ? 1 : 0;
      Map<String, Rank> ours = new HashMap<>();
      for (RankedPlacement p : result.placements()) {
        ours.put(p.userId() + "/" + p.round(), p.rank());
      }
      samen.add(ours.values());
      lottery.add(RandomSerialDictatorship.assign(day.rounds(), day.people(), seed).values());
    }
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.printf("%d members, 3 rounds of 10 workshops, %d seeds%n", members, seeds);
    System.out.printf("Samen's assignment (ms): first %d (cold), median %d, p95 %d, max %d; proven optimal: %d of %d%n",
        millis.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 95 / 100), sorted.get(sorted.size() - 1),
        proven, seeds);
    System.out.printf("%-34s %10s %10s %12s%n", "average over the seeds", "Samen", "lottery", "Samen better");
    row("share on first choice (%)", samen.first(), lottery.first(), true);
    row("share on third choice or worse (%)", samen.thirdOrWorse(), lottery.thirdOrWorse(), false);
    row("person-rounds unplaced", samen.unplaced(), lottery.unplaced(), false);
    row("worst-off rank (4 other seat, 5 none)", samen.worstOff(), lottery.worstOff(), false);
  }

  private static void row(String name, double ours, double theirs, boolean higherIsBetter) {
    double better = higherIsBetter ? ours - theirs : theirs - ours;
    System.out.printf("%-34s %10.2f %10.2f %+12.2f%s%n", name, ours, theirs, better, better >= 0 ? "" : "  WORSE");
  }

  /** Sums of the four figures over the seeds. */
  private static final class Figures {
    private double first;
    private double thirdOrWorse;
    private double unplaced;
    private double worstOff;
    private int days;

    void add(Collection<Rank> ranks) {
      long ranked = ranks.stream().filter(r -> r != Rank.NOT_RANKED).count();
      first += 100.0 * ranks.stream().filter(r -> r == Rank.FIRST).count() / ranked;
      thirdOrWorse += 100.0 * ranks.stream().filter(r -> r.compareTo(Rank.THIRD) >= 0 && r != Rank.NOT_RANKED)
          .count() / ranked;
      unplaced += ranks.stream().filter(r -> r == Rank.UNPLACED).count();
      worstOff += ranks.stream().filter(r -> r != Rank.NOT_RANKED)
          .mapToInt(r -> r == Rank.UNPLACED ? 5 : r.ordinal() + 1).max().orElse(1);
      days++;
    }

    double first() {
      return first / days;
    }

    double thirdOrWorse() {
      return thirdOrWorse / days;
    }

    double unplaced() {
      return unplaced / days;
    }

    double worstOff() {
      return worstOff / days;
    }
  }
}
