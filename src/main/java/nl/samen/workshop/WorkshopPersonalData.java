package nl.samen.workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.meeting.MeetingService;
import nl.samen.privacy.PersonalData;
import org.jdbi.v3.core.Jdbi;

/** A person's workshop choices (and workshops they host or chose for others) for privacy export and forget. */
final class WorkshopPersonalData implements PersonalData {
  private final Jdbi jdbi;
  private final WorkshopService workshops;
  private final MeetingService meetings;

  public WorkshopPersonalData(Jdbi jdbi, WorkshopService workshops, MeetingService meetings) {
    this.jdbi = jdbi;
    this.workshops = workshops;
    this.meetings = meetings;
  }

  @Override
  public String name() {
    return "workshops";
  }

  @Override
  public Object export(String teamId, String userId) {
    List<Map<String, Object>> choices = jdbi.withHandle(h -> h.createQuery("""
            select c.meeting_id, c.round, w.number, w.title, c.status, c.chosen_at
            from workshop_choice c join workshop w on w.id = c.workshop_id
            where c.team_id = :team and c.user_id = :user order by c.meeting_id, c.round
            """)
        .bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("meeting", rs.getLong("meeting_id"));
          row.put("round", rs.getInt("round"));
          row.put("workshop", rs.getInt("number"));
          row.put("title", rs.getString("title"));
          row.put("status", rs.getString("status"));
          row.put("chosen_at", rs.getString("chosen_at"));
          return row;
        })
        .list());
    List<String> hosted = jdbi.withHandle(h -> h.createQuery(
            "select title from workshop where team_id = :team and host_id = :user order by id")
        .bind("team", teamId).bind("user", userId).mapTo(String.class).list());
    List<Map<String, Object>> ranked = jdbi.withHandle(h -> h.createQuery("""
            select meeting_id, round, position, workshop_id, ranked_at from workshop_rank
            where team_id = :team and user_id = :user order by meeting_id, round, position
            """)
        .bind("team", teamId).bind("user", userId).mapToMap().list());
    return Map.of("choices", choices, "hosted", hosted, "rankings", ranked);
  }

  /** Choices go (their seats to the waitlists, as if the person dropped out); other ids are replaced. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    List<Long> meetingIds = jdbi.withHandle(h -> h.createQuery(
            "select distinct meeting_id from workshop_choice where team_id = :team and user_id = :user")
        .bind("team", teamId).bind("user", userId).mapTo(Long.class).list());
    meetingIds.forEach(id -> meetings.meeting(teamId, id).ifPresent(m -> workshops.releaseSeats(m, userId)));
    jdbi.useTransaction(h -> {
      h.createUpdate("update workshop set host_id = :p where team_id = :team and host_id = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update workshop set created_by = :p where team_id = :team and created_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update workshop_choice set chosen_by = :p where team_id = :team and chosen_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      // Rankings are the person's own wishes: they go; who opened or assigned a ranking is replaced.
      h.createUpdate("delete from workshop_rank where team_id = :team and user_id = :user")
          .bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update workshop_ranking set opened_by = :p where team_id = :team and opened_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update workshop_assignment set assigned_by = :p where team_id = :team and assigned_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
    });
  }
}
