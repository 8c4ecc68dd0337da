package nl.samen.workshop;

import java.util.Collection;
import nl.samen.meeting.Meeting;

/**
 * What happens around workshops that others must hear of: the posted agenda shows seats left, a
 * member who got a seat from the waitlist gets a message, App Home views show each one's choices.
 */
public interface WorkshopEvents {
  /** Workshops or choices of the meeting changed, for these people. */
  void choicesChanged(Meeting meeting, Collection<String> users);

  /**
   * {@code userId} moved up from the waitlist and now has a seat in {@code workshop}. The member's
   * message is not sent from here: the seat change notices it in its own transaction.
   */
  default void seatGiven(Meeting meeting, Workshop workshop, String userId) {}
}
