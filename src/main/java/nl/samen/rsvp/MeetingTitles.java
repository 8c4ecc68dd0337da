package nl.samen.rsvp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;

/**
 * Names the meetings of exported rows: their title, date and network, asked of the meeting and
 * network features (whose tables this feature does not read), the rows in the order the meetings start.
 */
final class MeetingTitles {
  private final MeetingCatalog meetings;
  private final NetworkService networks;

  MeetingTitles(MeetingCatalog meetings, NetworkService networks) {
    this.meetings = meetings;
    this.networks = networks;
  }

  /** Each row with {@code title}, {@code local_date} and {@code network} after its {@code meeting_id}. */
  List<Map<String, Object>> named(List<Map<String, Object>> rows) {
    Map<Long, Meeting> byId = meetings.byIds(rows.stream().map(MeetingTitles::meetingId).distinct().toList());
    Map<Long, Optional<Network>> networksById = new HashMap<>();
    return rows.stream()
        .filter(row -> byId.containsKey(meetingId(row)))
        .sorted(Comparator.comparing((Map<String, Object> row) -> byId.get(meetingId(row)).startsAt())
            .thenComparing(MeetingTitles::meetingId))
        .map(row -> {
          Meeting meeting = byId.get(meetingId(row));
          Map<String, Object> named = new LinkedHashMap<>();
          named.put("meeting_id", row.get("meeting_id"));
          named.put("title", meeting.title());
          named.put("local_date", meeting.date().toString());
          named.put("network", networksById.computeIfAbsent(meeting.networkId(), networks::network)
              .map(Network::name).orElse(null));
          row.forEach(named::putIfAbsent);
          return named;
        })
        .toList();
  }

  private static long meetingId(Map<String, Object> row) {
    return ((Number) Objects.requireNonNull(row.get("meeting_id"))).longValue();
  }
}
