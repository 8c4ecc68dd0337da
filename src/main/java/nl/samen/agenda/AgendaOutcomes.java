package nl.samen.agenda;

import java.util.Comparator;
import java.util.List;
import nl.samen.meeting.Meeting;

/** A meeting's decisions and actions from the minutes and the action items, for the annual report. */
final class AgendaOutcomes implements MeetingOutcomes {
  private final MinutesService minutes;
  private final ActionService actions;

  AgendaOutcomes(MinutesService minutes, ActionService actions) {
    this.minutes = minutes;
    this.actions = actions;
  }

  @Override
  public List<String> decisions(Meeting meeting) {
    return minutes.minutes(meeting).stream().filter(m -> m.kind() == Minute.Kind.DECISION)
        .sorted(Comparator.comparingInt(Minute::itemNumber).thenComparingInt(Minute::seq))
        .map(Minute::text).toList();
  }

  @Override
  public List<AgreedAction> actions(Meeting meeting) {
    return actions.agreedAt(meeting).stream()
        .map(a -> new AgreedAction(a.number(), a.what(), a.owner(), a.due(), a.doneAt())).toList();
  }
}
