package nl.samen.reminder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;
import org.jdbi.v3.core.Jdbi;

/** What reminders hold about a person: where they muted reminders, and which reminders they got. */
final class ReminderPersonalData implements PersonalData {
  private final Jdbi jdbi;

  ReminderPersonalData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public Object export(String teamId, String userId) {
    return jdbi.withHandle(h -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("muted_in_networks", h.createQuery(
              "select network_id, muted_at from reminder_mute where team_id = :team and user_id = :user")
          .bind("team", teamId).bind("user", userId).mapToMap().list());
      data.put("reminders_received", h.createQuery("""
              select meeting_id, rule, due_at, claimed_at from reminder_delivery
              where team_id = :team and recipient = :user order by due_at
              """)
          .bind("team", teamId).bind("user", userId).mapToMap().list());
      return data;
    });
  }

  /** Mutes and the record of reminders sent go; rules the person set stay, under the placeholder. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      for (String sql : List.of(
          "delete from reminder_mute where team_id = :team and user_id = :user",
          "delete from reminder_delivery where team_id = :team and recipient = :user",
          "update reminder_rule set set_by = :placeholder where team_id = :team and set_by = :user")) {
        var update = h.createUpdate(sql).bind("team", teamId).bind("user", userId);
        if (sql.contains(":placeholder")) {
          update.bind("placeholder", placeholder);
        }
        update.execute();
      }
    });
  }
}
