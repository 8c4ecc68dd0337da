package nl.samen.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;
import org.jdbi.v3.core.Jdbi;

/**
 * What the plan holds about a person: goals and activities they added or own, the progress, notes
 * and outcomes they wrote, the budget lines they entered. Forgetting replaces their id everywhere
 * by the placeholder: the plan's history and the sums stay whole, only the name goes.
 */
public final class PlanPersonalData implements PersonalData {
  private final Jdbi jdbi;

  public PlanPersonalData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "plan";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("goals_added", rows(teamId, userId, """
        select number, school_year, title, created_at from plan_goal
        where team_id = :team and created_by = :user order by number"""));
    out.put("activities_added_or_owned", rows(teamId, userId, """
        select number, title, due_date, meeting_id, owner, created_by, created_at from plan_activity
        where team_id = :team and (owner = :user or created_by = :user) order by number"""));
    out.put("changes_recorded", rows(teamId, userId, """
        select a.number as activity, e.kind, e.percent, e.note, e.at from plan_event e
        join plan_activity a on a.id = e.activity_id
        where e.team_id = :team and e.actor = :user order by e.id"""));
    out.put("budget_lines", rows(teamId, userId, """
        select school_year, kind, amount_cents, description, at from plan_budget_line
        where team_id = :team and actor = :user order by id"""));
    return out;
  }

  private List<Map<String, Object>> rows(String teamId, String userId, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).bind("team", teamId).bind("user", userId).mapToMap().list());
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      for (String sql : List.of(
          "update plan_goal set created_by = :placeholder where team_id = :team and created_by = :user",
          "update plan_activity set created_by = :placeholder where team_id = :team and created_by = :user",
          "update plan_activity set owner = :placeholder where team_id = :team and owner = :user",
          "update plan_event set actor = :placeholder where team_id = :team and actor = :user",
          "update plan_budget_line set actor = :placeholder where team_id = :team and actor = :user")) {
        h.createUpdate(sql).bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
      }
    });
  }
}
