package nl.samen.workshop;

/**
 * A workshop of one round as the ranked assignment sees it. {@code identity} is the same for a
 * workshop repeated in several rounds, so that nobody is seated in it twice; {@code taken} seats are
 * held already (by hand or by an earlier assignment) and are not given out again.
 */
public record RankedWorkshop(long id, String identity, int capacity, int taken) {
  public RankedWorkshop {
    if (capacity < 0 || taken < 0) {
      throw new IllegalArgumentException("capacity and taken seats are never negative: " + id);
    }
  }

  int seatsLeft() {
    return Math.max(0, capacity - taken);
  }
}
