package nl.samen.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;

/**
 * What a meeting decided and agreed, as the agenda feature offers it to others (the annual report):
 * the decisions in its minutes and the action items agreed on at it.
 */
public interface MeetingOutcomes {
  MeetingOutcomes NONE = new MeetingOutcomes() {
    @Override
    public List<String> decisions(Meeting meeting) {
      return List.of();
    }

    @Override
    public List<AgreedAction> actions(Meeting meeting) {
      return List.of();
    }
  };

  /** The decisions in the meeting's minutes, in agenda order, as typed. */
  List<String> decisions(Meeting meeting);

  /** The action items agreed on at the meeting, by number. */
  List<AgreedAction> actions(Meeting meeting);

  /**
   * An action item as the network accounts for it: what, whose (a placeholder starting with
   * {@code forgotten-} once its owner was forgotten), by when, and when it was done if it was.
   */
  record AgreedAction(int number, String what, String owner, LocalDate due, Optional<Instant> doneAt) {}
}
