package nl.samen.rsvp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Answers and attendance in SQLite. */
public final class RsvpRepository {
  private final Jdbi jdbi;

  public RsvpRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void save(String teamId, Rsvp rsvp) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into rsvp (team_id, meeting_id, user_id, answer, reason, answered_by, answered_at)
            values (:team, :meeting, :user, :answer, :reason, :by, :at)
            on conflict (meeting_id, user_id) do update set
              answer = :answer, reason = :reason, answered_by = :by, answered_at = :at
            """)
        .bind("team", teamId)
        .bind("meeting", rsvp.meetingId())
        .bind("user", rsvp.userId())
        .bind("answer", rsvp.answer().code())
        .bind("reason", rsvp.reason().orElse(null))
        .bind("by", rsvp.answeredBy())
        .bind("at", rsvp.answeredAt())
        .execute());
  }

  public List<Rsvp> answers(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from rsvp where meeting_id = :meeting order by answered_at, user_id")
        .bind("meeting", meetingId)
        .map(RsvpRepository::rsvp)
        .list());
  }

  public Optional<Rsvp> answer(long meetingId, String userId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from rsvp where meeting_id = :meeting and user_id = :user")
        .bind("meeting", meetingId)
        .bind("user", userId)
        .map(RsvpRepository::rsvp)
        .findOne());
  }

  /** Replaces the attendance list of a meeting in one transaction. */
  void saveAttendance(String teamId, long meetingId, Map<String, Boolean> presence, String by, Instant at) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from attendance where meeting_id = :meeting").bind("meeting", meetingId).execute();
      var batch = h.prepareBatch("""
          insert into attendance (team_id, meeting_id, user_id, present, recorded_by, recorded_at)
          values (:team, :meeting, :user, :present, :by, :at)
          """);
      presence.forEach((user, present) -> batch
          .bind("team", teamId)
          .bind("meeting", meetingId)
          .bind("user", user)
          .bind("present", present)
          .bind("by", by)
          .bind("at", at)
          .add());
      if (!presence.isEmpty()) {
        batch.execute();
      }
    });
  }

  public List<Attendance> attendance(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select user_id, present from attendance where meeting_id = :meeting order by user_id")
        .bind("meeting", meetingId)
        .map((rs, ctx) -> new Attendance(rs.getString("user_id"), rs.getInt("present") == 1))
        .list());
  }

  private static Rsvp rsvp(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Rsvp(
        rs.getLong("meeting_id"),
        rs.getString("user_id"),
        Answer.fromCode(rs.getString("answer")),
        Optional.ofNullable(rs.getString("reason")),
        rs.getString("answered_by"),
        Instant.parse(rs.getString("answered_at")));
  }
}
