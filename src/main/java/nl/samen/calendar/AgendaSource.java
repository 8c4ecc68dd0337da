package nl.samen.calendar;

import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;

/**
 * A seam for the agenda feature: a meeting's agenda as plain text lines (no Slack markup), for the
 * description of the meeting in calendar feeds. The composition root hands them to {@link CalendarFeature}.
 */
@FunctionalInterface
public interface AgendaSource {
  Optional<String> agendaText(Meeting meeting, Locale locale);
}
