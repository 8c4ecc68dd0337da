package nl.samen.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.samen.agenda.MeetingOutcomes.AgreedAction;

/** Where an agreed action stands on the report's day, and the year's count of each. Pure. */
final class ActionStates {
  enum State {
    DONE_ON_TIME,
    DONE_LATE,
    OPEN,
    OVERDUE;

    String key() {
      return "report.actions.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ActionStates() {}

  /** Done late when closed (in the network's zone) after its due date; overdue when still open past it. */
  static State of(AgreedAction action, ZoneId zone, LocalDate today) {
    if (action.doneAt().isPresent()) {
      LocalDate done = action.doneAt().get().atZone(zone).toLocalDate();
      return done.isAfter(action.due()) ? State.DONE_LATE : State.DONE_ON_TIME;
    }
    return action.due().isBefore(today) ? State.OVERDUE : State.OPEN;
  }

  static Map<State, Integer> count(List<HeldMeeting> meetings, ZoneId zone, LocalDate today) {
    Map<State, Integer> counts = new EnumMap<>(State.class);
    for (State state : State.values()) {
      counts.put(state, 0);
    }
    meetings.forEach(m -> m.actions().forEach(a -> counts.merge(of(a, zone, today), 1, Integer::sum)));
    return counts;
  }

  /** An owner who was forgotten is a placeholder, not a person to look up. */
  static boolean forgotten(String owner) {
    return owner.startsWith("forgotten-");
  }
}
