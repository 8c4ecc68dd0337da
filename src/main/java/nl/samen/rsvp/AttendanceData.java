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
  private final MeetingTitles titles;

  AttendanceData(Jdbi jdbi, MeetingTitles titles) {
    this.jdbi = jdbi;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "attendance";
  }

  @Override
  public Object export(String teamId, String userId) {
    return titles.named(Rows.of(jdbi, """
        select meeting_id, present, recorded_at from attendance
        where team_id = :team and user_id = :user""", teamId, userId));
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "update attendance set user_id = :placeholder where team_id = :team and user_id = :user",
        "update attendance set recorded_by = :placeholder where team_id = :team and recorded_by = :user");
  }
}
