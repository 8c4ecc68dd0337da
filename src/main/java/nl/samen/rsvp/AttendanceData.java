package nl.samen.rsvp;

import nl.samen.privacy.PersonalData;
import nl.samen.privacy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether a person was at past meetings. Attendance is history the annual report counts, so
 * forgetting keeps each row but puts a placeholder where the person's id was: the counts stay right.
 */
final class AttendanceData implements PersonalData {
  private final Jdbi jdbi;

  AttendanceData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "attendance";
  }

  @Override
  public Object export(String teamId, String userId) {
    return Rows.of(jdbi, """
        select a.meeting_id, m.title, m.local_date, n.name as network, a.present, a.recorded_at
        from attendance a join meeting m on m.id = a.meeting_id join network n on n.id = m.network_id
        where a.team_id = :team and a.user_id = :user
        order by m.starts_at, a.meeting_id""", teamId, userId);
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "update attendance set user_id = :placeholder where team_id = :team and user_id = :user",
        "update attendance set recorded_by = :placeholder where team_id = :team and recorded_by = :user");
  }
}
