package nl.samen.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An activity under a goal, as it was added; what happens to it afterwards is in its history. */
public record Activity(
    long id,
    String teamId,
    long goalId,
    int number,
    String title,
    Optional<LocalDate> due,
    Optional<Long> meetingId,
    Optional<String> owner,
    String createdBy,
    Instant createdAt) {

  public boolean ownedBy(String userId) {
    return owner.filter(userId::equals).isPresent();
  }
}
