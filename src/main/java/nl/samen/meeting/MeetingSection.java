package nl.samen.meeting;

import java.util.List;
import java.util.Locale;

/**
 * A seam through which other features add to a meeting's details ({@code meeting <id>}): the agenda,
 * the workshops. Each returns mrkdwn texts, one per section, with user text already escaped.
 */
public interface MeetingSection {
  List<String> detailTexts(Meeting meeting, String viewer, Locale locale);
}
