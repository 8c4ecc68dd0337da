package nl.samen.meeting;

import nl.samen.privacy.PersonalData;
import nl.samen.privacy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * The meetings a person scheduled. Who scheduled a meeting is history: forgetting puts a placeholder
 * there. Exported within the network feature's membership data, where it has always been.
 */
public final class MeetingCreators implements PersonalData {
  private final Jdbi jdbi;

  public MeetingCreators(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "meetings_scheduled";
  }

  @Override
  public Object export(String teamId, String userId) {
    return Rows.of(jdbi, """
        select id as meeting_id, title, local_date from meeting
        where team_id = :team and created_by = :user order by id""", teamId, userId);
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "update meeting set created_by = :placeholder where team_id = :team and created_by = :user");
  }
}
