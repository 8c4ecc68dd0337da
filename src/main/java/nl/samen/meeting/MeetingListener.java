package nl.samen.meeting;

import java.util.List;

/** Told when meetings are scheduled, moved or cancelled, e.g. to (re-)arm their reminders. */
public interface MeetingListener {
  default void meetingsScheduled(List<Meeting> meetings) {}

  default void meetingMoved(Meeting before, Meeting after) {}

  default void meetingCancelled(Meeting meeting) {}
}
