package nl.samen.workshop;

import java.util.List;
import java.util.Optional;

/** A workshop with the members who have a seat and those who wait, both in the order they chose. */
public record WorkshopSeats(Workshop workshop, List<String> seated, List<String> waiting) {

  public int seatsLeft() {
    return Math.max(0, workshop.capacity() - seated.size());
  }

  public boolean isSeated(String userId) {
    return seated.contains(userId);
  }

  /** 1 for the first on the waitlist. */
  public Optional<Integer> waitlistPosition(String userId) {
    int index = waiting.indexOf(userId);
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  public boolean involves(String userId) {
    return isSeated(userId) || waiting.contains(userId);
  }
}
