package nl.samen.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's school, their coordinator roles, and the networks and meetings they created. Forgetting
 * deletes the school and the roles; who created or added something is history and gets a placeholder.
 */
final class MembershipData implements PersonalData {
  private final Jdbi jdbi;

  MembershipData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "membership";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("school", list(teamId, userId,
        "select school, updated_at from member_school where team_id = :team and user_id = :user"));
    out.put("coordinator_of", list(teamId, userId, """
        select n.name as network, c.added_at from coordinator c join network n on n.id = c.network_id
        where c.team_id = :team and c.user_id = :user order by c.added_at"""));
    out.put("networks_set_up", list(teamId, userId,
        "select name, created_at from network where team_id = :team and created_by = :user order by id"));
    out.put("meetings_scheduled", list(teamId, userId, """
        select id as meeting_id, title, local_date from meeting
        where team_id = :team and created_by = :user order by id"""));
    return out;
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      for (String sql : new String[] {
          "delete from member_school where team_id = :team and user_id = :user",
          "delete from coordinator where team_id = :team and user_id = :user",
          "update coordinator set added_by = :placeholder where team_id = :team and added_by = :user",
          "update network set created_by = :placeholder where team_id = :team and created_by = :user",
          "update meeting set created_by = :placeholder where team_id = :team and created_by = :user"}) {
        h.createUpdate(sql).bind("team", teamId).bind("user", userId).bind("placeholder", placeholder)
            .execute();
      }
    });
  }

  private java.util.List<Map<String, Object>> list(String teamId, String userId, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> Rows.of(rs)).list());
  }
}
