package nl.samen.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of outbox notice about meetings, and what each carries: the meetings' ids, and for a
 * move the times before and after (the meeting may have moved again before the notice is told).
 */
final class MeetingNotice {
  static final String NEW = "meeting.new";
  static final String MOVED = "meeting.moved";
  static final String CANCELLED = "meeting.cancelled";

  private MeetingNotice() {}

  static String ids(List<Meeting> meetings) {
    return meetings.stream().map(m -> Long.toString(m.id())).collect(Collectors.joining(","));
  }

  static List<Long> ids(String payload) {
    return Arrays.stream(payload.split(",")).map(Long::parseLong).toList();
  }

  /** {@code id;date;start;end;date;start;end}, with an empty end when a meeting has none. */
  static String moved(Meeting before, Meeting after) {
    return after.id() + ";" + times(before) + ";" + times(after);
  }

  static long movedId(String payload) {
    return Long.parseLong(payload.split(";", -1)[0]);
  }

  /** The meeting as it was ({@code which} 0) or became (1) in this move. */
  static Meeting movedAs(String payload, Meeting current, int which) {
    String[] parts = payload.split(";", -1);
    int at = 1 + 3 * which;
    return current.movedTo(LocalDate.parse(parts[at]), LocalTime.parse(parts[at + 1]),
        parts[at + 2].isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(parts[at + 2])),
        current.deadline().scheduledAt());
  }

  private static String times(Meeting m) {
    return m.date() + ";" + m.start() + ";" + m.end().map(LocalTime::toString).orElse("");
  }
}
