package nl.samen.rsvp;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.privacy.PersonalData;
import nl.samen.privacy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's answers to meetings, with their reasons. Forgetting deletes every reason and every
 * answer to a meeting still to come; a yes to a meeting already held stays under the placeholder,
 * because the annual report counts those yeses where no attendance was taken, and past figures must
 * not change. Answers a coordinator gave for others keep existing, under the placeholder as well.
 */
final class AnswersData implements PersonalData {
  private final Jdbi jdbi;
  private final Clock clock;

  AnswersData(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
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
    jdbi.useTransaction(h -> {
      h.createUpdate("update rsvp set answered_by = :placeholder where team_id = :team and answered_by = :user")
          .bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
      h.createUpdate("""
              delete from rsvp where team_id = :team and user_id = :user and (answer <> 'yes' or meeting_id not in
                (select id from meeting where team_id = :team and status = 'scheduled' and starts_at <= :now))""")
          .bind("team", teamId).bind("user", userId).bind("now", clock.instant()).execute();
      h.createUpdate("update rsvp set user_id = :placeholder, reason = null where team_id = :team and user_id = :user")
          .bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
    });
  }
}
