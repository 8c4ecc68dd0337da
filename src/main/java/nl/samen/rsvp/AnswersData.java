package nl.samen.rsvp;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
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
  private final MeetingCatalog meetings;
  private final MeetingTitles titles;

  AnswersData(Jdbi jdbi, Clock clock, MeetingCatalog meetings, MeetingTitles titles) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.meetings = meetings;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "answers";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("own", titles.named(Rows.of(jdbi, """
        select meeting_id, answer, reason, answered_by, answered_at from rsvp
        where team_id = :team and user_id = :user""", teamId, userId)));
    out.put("given_for_others", Rows.of(jdbi, """
        select meeting_id, user_id, answer, answered_at from rsvp
        where team_id = :team and answered_by = :user and user_id <> :user
        order by answered_at, meeting_id""", teamId, userId));
    return out;
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    // The meetings are asked of their feature before the transaction, which then holds one connection only.
    List<Long> held = heldMeetings(teamId, jdbi.withHandle(h -> h.createQuery(
            "select meeting_id from rsvp where team_id = :team and user_id = :user and answer = 'yes'")
        .bind("team", teamId).bind("user", userId).mapTo(Long.class).list()));
    jdbi.useTransaction(h -> {
      h.createUpdate("update rsvp set answered_by = :placeholder where team_id = :team and answered_by = :user")
          .bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
      h.createUpdate("""
              delete from rsvp where team_id = :team and user_id = :user
                and (answer <> 'yes' or meeting_id not in (<held>))""")
          .bind("team", teamId).bind("user", userId).bindList("held", held.isEmpty() ? List.of(-1L) : held)
          .execute();
      h.createUpdate("update rsvp set user_id = :placeholder, reason = null where team_id = :team and user_id = :user")
          .bind("team", teamId).bind("user", userId).bind("placeholder", placeholder).execute();
    });
  }

  /** Of these meetings, the team's that were held: scheduled, and started by now. */
  private List<Long> heldMeetings(String teamId, List<Long> ids) {
    return meetings.byIds(ids).values().stream()
        .filter(m -> m.teamId().equals(teamId) && m.status() == Meeting.Status.SCHEDULED
            && !m.startsAt().isAfter(clock.instant()))
        .map(Meeting::id)
        .toList();
  }
}
