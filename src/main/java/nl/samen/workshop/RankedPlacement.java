package nl.samen.workshop;

import java.util.Optional;

/**
 * Where one person sits in one round after the ranked assignment, which of their choices that is,
 * and why they did not get their first choice. Who is not placed waits on {@code waitlist}: their
 * first choice that they can still attend.
 */
public record RankedPlacement(
    String userId, int round, Optional<Long> workshopId, Rank rank, Reason reason, Optional<Long> waitlist) {

  /** Which of their choices someone got. */
  public enum Rank {
    FIRST,
    SECOND,
    THIRD,
    /** A seat where room was left, outside the three choices they made. */
    OUTSIDE_CHOICES,
    /** They ranked nothing in this round and got a seat where room was left. */
    NOT_RANKED,
    UNPLACED
  }

  /** Why someone has what they have. */
  public enum Reason {
    FIRST_CHOICE,
    /** Their first choice had no seats left before the assignment. */
    FULL_BEFORE,
    /** Their first choice was full with people who ranked it first too; the lottery decided. */
    FULL_WITH_FIRST_CHOICES,
    /** Some in their first choice ranked it lower, but needed it to avoid a worse outcome. */
    NEEDED_BY_OTHERS,
    /** They have their first choice's workshop in another round (or had it already). */
    IN_OTHER_ROUND,
    /** They ranked nothing in this round. */
    NOT_RANKED
  }
}
