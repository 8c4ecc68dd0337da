package nl.samen.reminder;

import java.util.List;
import java.util.Locale;
import nl.samen.meeting.Meeting;

/**
 * The seam where the agenda feature tells reminders what a meeting's agenda holds: its items, one
 * plain-text line each (reminders escape them). Until an agenda is wired in, reminders show none.
 */
@FunctionalInterface
public interface AgendaSummary {
  AgendaSummary NONE = (meeting, locale) -> List.of();

  List<String> items(Meeting meeting, Locale locale);

  /** The recipient's own open action items in the meeting's network, plain lines, short; none by default. */
  default List<String> openActions(Meeting meeting, String userId, Locale locale) {
    return List.of();
  }

  /** The network's open action items, as the meeting's agenda lists them, plain lines, short; none by default. */
  default List<String> networkActions(Meeting meeting, Locale locale) {
    return List.of();
  }
}
