package nl.samen.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An action item: what someone does by a date, agreed on under an agenda item; numbered per network.
 * It may be tied to an activity of the plan (its number), and once done it knows when.
 */
record Action(long networkId, int number, long meetingId, int itemNumber, String what, String owner, LocalDate due,
    boolean done, Optional<String> doneNote, Instant createdAt, Optional<Integer> activity, Optional<Instant> doneAt) {
  public static final int MAX_WHAT = 150; // as TextLimits.TITLE

  /** What a coordinator or the item's owner asked for. */
  record Draft(int itemNumber, String what, String owner, LocalDate due, Optional<Integer> activity) {}
}
