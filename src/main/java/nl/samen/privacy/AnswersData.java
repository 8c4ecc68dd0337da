package nl.samen.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's answers to meetings, with their reasons. Forgetting deletes them: an answer says
 * something about the person, and the annual report counts attendance, not answers. Answers a
 * coordinator gave for others keep existing, under a placeholder instead of the coordinator's id.
 */
final class AnswersData implements PersonalData {
  private final Jdbi jdbi;

  AnswersData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "answers";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("own", Rows.of(jdbi, """
        select r.meeting_id, m.title, m.local_date, n.name as network, r.answer, r.reason,
               r.answered_by, r.answered_at
        from rsvp r join meeting m on m.id = r.meeting_id join network n on n.id = m.network_id
        where r.team_id = :team and r.user_id = :user
        order by m.starts_at, r.meeting_id""", teamId, userId));
    out.put("given_for_others", Rows.of(jdbi, """
        select meeting_id, user_id, answer, answered_at from rsvp
        where team_id = :team and answered_by = :user and user_id <> :user
        order by answered_at, meeting_id""", teamId, userId));
    return out;
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "delete from rsvp where team_id = :team and user_id = :user",
        "update rsvp set answered_by = :placeholder where team_id = :team and answered_by = :user");
  }
}
