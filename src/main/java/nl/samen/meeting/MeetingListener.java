package nl.samen.meeting;

import java.util.List;

/** Told when meetings are scheduled, moved, cancelled or given their own deadline, e.g. to (re-)arm their reminders. */
public interface MeetingListener {
  default void meetingsScheduled(List<Meeting> meetings) {}

  default void meetingMoved(Meeting before, Meeting after) {}

  default void meetingCancelled(Meeting meeting) {}

  /** A new version of the meeting whose answers close at another moment (its own deadline). */
  default void deadlineChanged(Meeting before, Meeting after) {}
}
