package nl.samen.reminder;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
import org.jdbi.v3.core.Jdbi;

/**
 * When each version of a meeting was planned (table {@code reminder_arming}), combined with the
 * meetings the meeting feature hands over in bulk: two queries per wake-up, however many meetings.
 */
final class MeetingPlans {
  /** Ids per query: well below any database's limit on bound values. */
  static final int CHUNK = 500;
  private final Jdbi jdbi;
  private final MeetingCatalog meetings;

  MeetingPlans(Jdbi jdbi, MeetingCatalog meetings) {
    this.jdbi = jdbi;
    this.meetings = meetings;
  }

  void arm(Meeting meeting, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into reminder_arming (team_id, meeting_id, sequence, armed_at)
            values (:team, :meeting, :sequence, :at)
            on conflict do nothing
            """)
        .bind("team", meeting.teamId())
        .bind("meeting", meeting.id())
        .bind("sequence", meeting.sequence())
        .bind("at", at)
        .execute());
  }

  /**
   * Scheduled meetings starting in ({@code from}, {@code to}], each with the moment its current
   * version was planned; a meeting from before reminders existed counts as planned when it was created.
   */
  List<ReminderRepository.PlannedMeeting> scheduledMeetings(Instant from, Instant to) {
    List<MeetingCatalog.Created> scheduled = meetings.scheduledStartingBetween(from, to);
    Map<String, Instant> armed = new HashMap<>();
    inChunks(scheduled.stream().map(c -> c.meeting().id()).toList(), chunk -> jdbi.useHandle(h -> h.createQuery("""
            select meeting_id, sequence, armed_at from reminder_arming where meeting_id in (<ids>)
            """)
        .bindList("ids", chunk)
        .map((rs, ctx) -> Map.entry(rs.getLong("meeting_id") + "@" + rs.getInt("sequence"),
            Instant.parse(rs.getString("armed_at"))))
        .forEach(e -> armed.put(e.getKey(), e.getValue()))));
    return scheduled.stream().map(c -> new ReminderRepository.PlannedMeeting(c.meeting(),
        armed.getOrDefault(c.meeting().id() + "@" + c.meeting().sequence(), c.createdAt()))).toList();
  }

  /** When the current version of the meeting was planned (see {@link #scheduledMeetings}). */
  Optional<Instant> plannedAt(Meeting meeting) {
    Optional<Instant> armed = jdbi.withHandle(h -> h.createQuery("""
            select armed_at from reminder_arming where meeting_id = :meeting and sequence = :sequence
            """)
        .bind("meeting", meeting.id())
        .bind("sequence", meeting.sequence())
        .mapTo(Instant.class)
        .findOne());
    return armed.isPresent() ? armed : meetings.createdAt(meeting.id());
  }

  /** The meetings with these ids, by id. */
  Map<Long, Meeting> meetings(List<Long> ids) {
    return meetings.byIds(ids);
  }

  static void inChunks(List<Long> ids, Consumer<List<Long>> query) {
    for (int i = 0; i < ids.size(); i += CHUNK) {
      query.accept(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
  }
}
