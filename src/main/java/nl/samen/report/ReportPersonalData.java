package nl.samen.report;

import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;
import org.jdbi.v3.core.Jdbi;

/**
 * Report pages name people. Export lists the pages a person made; forgetting a person withdraws
 * every page that names them (a rendered page cannot be rewritten), and a new report shows the
 * placeholder instead, because the plan and attendance have forgotten them too.
 */
final class ReportPersonalData implements PersonalData {
  private final Jdbi jdbi;

  ReportPersonalData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "reports";
  }

  @Override
  public Object export(String teamId, String userId) {
    List<Map<String, Object>> made = jdbi.withHandle(h -> h.createQuery("""
            select school_year, created_at, expires_at from report_link
            where team_id = :team and created_by = :user order by id
            """)
        .bind("team", teamId).bind("user", userId).mapToMap().list());
    return Map.of("report_pages_made", made);
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from report_link where team_id = :team and replace(people, :spaced, '') <> people")
          .bind("team", teamId).bind("spaced", " " + userId + " ").execute();
      h.createUpdate("update report_link set created_by = :placeholder where team_id = :team and created_by = :user")
          .bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
    });
  }
}
