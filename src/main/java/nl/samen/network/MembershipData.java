package nl.samen.network;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.privacy.PersonalData;
import nl.samen.privacy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's school, their coordinator roles, and the networks and meetings they created. Forgetting
 * deletes the roles; who created or added something is history and gets a placeholder. The school
 * passes to the placeholder too: the report counts past attendance per school, and must keep counting
 * the forgotten person's presences where they were.
 */
final class MembershipData implements PersonalData {
  private final Jdbi jdbi;
  private final PersonalData meetingsScheduled;

  /** @param meetingsScheduled the meetings the person scheduled (the meeting feature's data) */
  MembershipData(Jdbi jdbi, PersonalData meetingsScheduled) {
    this.jdbi = jdbi;
    this.meetingsScheduled = meetingsScheduled;
  }

  @Override
  public String name() {
    return "membership";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("school", Rows.of(jdbi,
        "select school, updated_at from member_school where team_id = :team and user_id = :user",
        teamId, userId));
    out.put("coordinator_of", Rows.of(jdbi, """
        select n.name as network, c.added_at from coordinator c join network n on n.id = c.network_id
        where c.team_id = :team and c.user_id = :user order by c.added_at""", teamId, userId));
    out.put("networks_set_up", Rows.of(jdbi,
        "select name, created_at from network where team_id = :team and created_by = :user order by id",
        teamId, userId));
    out.put(meetingsScheduled.name(), meetingsScheduled.export(teamId, userId));
    return out;
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "update member_school set user_id = :placeholder where team_id = :team and user_id = :user",
        "delete from coordinator where team_id = :team and user_id = :user",
        "update coordinator set added_by = :placeholder where team_id = :team and added_by = :user",
        "update network set created_by = :placeholder where team_id = :team and created_by = :user");
    meetingsScheduled.forget(teamId, userId, placeholder);
  }
}
