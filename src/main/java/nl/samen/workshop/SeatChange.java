package nl.samen.workshop;

import java.util.List;
import java.util.Optional;

/**
 * What one seat-taking or seat-freeing transaction did: the caller's own place, the workshop they
 * left (if any), and who moved up from a waitlist into a freed seat.
 */
record SeatChange(
    boolean unchanged,
    boolean seated,
    int waitlistPosition,
    Optional<Long> leftWorkshopId,
    List<Promotion> promotions) {

  /** {@code userId} now has a seat in the workshop with this id. */
  record Promotion(long workshopId, String userId) {}
}
