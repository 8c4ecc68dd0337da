package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import nl.samen.rsvp.Answer;
import nl.samen.workshop.RankedPlacement.Rank;
import nl.samen.workshop.RankedPlacement.Reason;
import org.junit.jupiter.api.Test;

/** The ranked assignment on small network days whose best outcome one can see by hand. */
class RankedAssignmentTest {
  private static RankedWorkshop workshop(long id, int seats) {
    return new RankedWorkshop(id, "w" + id, seats, 0);
  }

  private static RankedRound round(int number, RankedWorkshop... workshops) {
    return new RankedRound(number, List.of(workshops));
  }

  private static Ranker yes(String user, Long... choices) {
    return new Ranker(user, Answer.YES, Map.of(1, List.of(choices)));
  }

  private static RankedPlacement of(RankedResult result, String user, int round) {
    return result.placements().stream().filter(p -> p.userId().equals(user) && p.round() == round)
        .findFirst().orElseThrow();
  }

  @Test
  void nobodyIsPushedToTheirThirdChoice_toLiftAnotherToTheirFirst() {
    // Two first choices are possible only with C on their third; two seconds and a first are better.
    RankedResult result = RankedAssignment.assign(List.of(round(1, workshop(1, 1), workshop(2, 1), workshop(3, 1))),
        List.of(yes("A", 1L, 3L), yes("B", 2L, 1L), yes("C", 2L, 1L, 3L)), 7);

    assertThat(result.distribution()).isEqualTo(new RankDistribution(1, 2, 0, 0, 0, 0));
    assertThat(of(result, "A", 1).workshopId()).contains(3L);
    assertThat(of(result, "A", 1).reason()).isEqualTo(Reason.NEEDED_BY_OTHERS);
    assertThat(result.provenOptimal()).isTrue();
  }

  @Test
  void aWorkshopRepeatedInTwoRounds_isGivenOnce_andTheOtherRoundSaysWhy() {
    RankedWorkshop reading1 = new RankedWorkshop(1, "lezen", 5, 0);
    RankedWorkshop reading2 = new RankedWorkshop(3, "lezen", 5, 0);
    Ranker keen = new Ranker("A", Answer.YES, Map.of(1, List.of(1L, 2L), 2, List.of(3L, 4L)));

    RankedResult result = RankedAssignment.assign(
        List.of(round(1, reading1, workshop(2, 5)), round(2, reading2, workshop(4, 5))), List.of(keen), 1);

    Set<Long> seats = new HashSet<>();
    result.placements().forEach(p -> seats.add(p.workshopId().orElseThrow()));
    assertThat(seats).hasSize(2).containsAnyOf(1L, 3L).doesNotContainSequence(1L, 3L);
    assertThat(result.placements()).extracting(RankedPlacement::reason)
        .containsExactlyInAnyOrder(Reason.FIRST_CHOICE, Reason.IN_OTHER_ROUND);
    assertThat(result.distribution()).isEqualTo(new RankDistribution(1, 1, 0, 0, 0, 0));
  }

  @Test
  void aSeatHeldByHand_isCountedOnce_soTheSeatLeftGoesToAnother() {
    // Workshop 1 has two seats, one held by H by hand; workshop 2 one: both seats left go to A and B.
    RankedWorkshop scarce = new RankedWorkshop(1, "w1", 2, 1);
    Ranker holder = new Ranker("H", Answer.YES, Map.of(1, List.of(1L)), Set.of("w1"), Set.of(1));

    for (long seed = 1; seed <= 20; seed++) {
      RankedResult result = RankedAssignment.assign(List.of(round(1, scarce, workshop(2, 1))),
          List.of(holder, yes("A", 1L, 2L), yes("B", 1L, 2L)), seed);

      assertThat(result.placements()).extracting(RankedPlacement::userId).containsExactlyInAnyOrder("A", "B");
      assertThat(result.placements()).filteredOn(p -> p.workshopId().equals(Optional.of(1L))).hasSize(1);
      assertThat(result.distribution()).isEqualTo(new RankDistribution(1, 1, 0, 0, 0, 0));
    }
  }

  @Test
  void whatSomeoneAttendedAlready_isNotGivenAgain() {
    Ranker been = new Ranker("A", Answer.YES, Map.of(1, List.of(1L, 2L)), Set.of("w1"));

    RankedPlacement placement = RankedAssignment.assign(List.of(round(1, workshop(1, 5), workshop(2, 5))),
        List.of(been), 1).placements().get(0);

    assertThat(placement.workshopId()).contains(2L);
    assertThat(placement.reason()).isEqualTo(Reason.IN_OTHER_ROUND);
  }

  @Test
  void theLastSeat_goesToAYes_beforeAMaybe_whoWaitsOnTheirFirstChoice() {
    Ranker maybe = new Ranker("A", Answer.MAYBE, Map.of(1, List.of(1L)));

    RankedResult result = RankedAssignment.assign(List.of(round(1, workshop(1, 1))), List.of(maybe, yes("B", 1L)), 3);

    assertThat(of(result, "B", 1).rank()).isEqualTo(Rank.FIRST);
    assertThat(of(result, "A", 1)).isEqualTo(new RankedPlacement("A", 1, Optional.empty(), Rank.UNPLACED,
        Reason.FULL_WITH_FIRST_CHOICES, Optional.of(1L)));
  }

  @Test
  void whoRankedNothing_getsASeatWhereRoomIsLeft_withoutTakingAChosenOne() {
    RankedResult result = RankedAssignment.assign(List.of(round(1, workshop(1, 1), workshop(2, 1))),
        List.of(yes("A", 1L), new Ranker("N", Answer.YES, Map.of())), 11);

    assertThat(of(result, "A", 1).workshopId()).contains(1L);
    assertThat(of(result, "N", 1)).isEqualTo(new RankedPlacement("N", 1, Optional.of(2L), Rank.NOT_RANKED,
        Reason.NOT_RANKED, Optional.empty()));
  }

  @Test
  void aFullFirstChoice_stillLeavesASeatElsewhere_ratherThanNone() {
    RankedWorkshop full = new RankedWorkshop(1, "w1", 4, 4);

    RankedPlacement placement = RankedAssignment.assign(List.of(round(1, full, workshop(2, 1))),
        List.of(yes("A", 1L)), 1).placements().get(0);

    assertThat(placement).isEqualTo(new RankedPlacement("A", 1, Optional.of(2L), Rank.OUTSIDE_CHOICES,
        Reason.FULL_BEFORE, Optional.empty()));
  }

  @Test
  void whoCannotBePlaced_waitsOnTheFirstChoiceTheyCanStillAttend() {
    Ranker late = new Ranker("A", Answer.YES, Map.of(1, List.of(1L, 2L)), Set.of("w1"));

    RankedPlacement placement = RankedAssignment.assign(List.of(round(1, workshop(1, 3), workshop(2, 0))),
        List.of(late), 1).placements().get(0);

    assertThat(placement.rank()).isEqualTo(Rank.UNPLACED);
    assertThat(placement.waitlist()).contains(2L);
  }

  @Test
  void aTieForTheLastSeat_isDecidedByTheLottery_andTheSameSeedDecidesTheSame() {
    List<RankedRound> rounds = List.of(round(1, workshop(1, 1), workshop(2, 1)));
    List<Ranker> people = List.of(yes("A", 1L, 2L), yes("B", 1L, 2L));

    Set<Long> winnersA = new HashSet<>();
    LongStream.rangeClosed(1, 20).forEach(seed -> {
      RankedResult result = RankedAssignment.assign(rounds, people, seed);
      assertThat(RankedAssignment.assign(rounds, people, seed)).isEqualTo(result);
      assertThat(result.seed()).isEqualTo(seed);
      winnersA.add(of(result, "A", 1).workshopId().orElseThrow());
    });

    assertThat(winnersA).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void aDayWithoutRoundsOrPeople_givesAnEmptyResult() {
    RankedResult result = RankedAssignment.assign(List.of(), List.of(yes("A", 1L)), 5);

    assertThat(result.placements()).isEmpty();
    assertThat(RankedAssignment.assign(List.of(round(1, workshop(1, 2))), List.of(), 5).distribution().total())
        .isZero();
  }
}
