package nl.samen.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Action items (table agenda_action). */
final class ActionRepository {
  private final Jdbi jdbi;

  ActionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds an action with the network's next number. */
  Action insert(String teamId, long networkId, long meetingId, Action.Draft draft, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      int number = h.createQuery(
              "select coalesce(max(number), 0) + 1 from agenda_action where network_id = :network")
          .bind("network", networkId).mapTo(Integer.class).one();
      h.createUpdate("""
              insert into agenda_action (team_id, network_id, number, meeting_id, item_number, what, owner_id,
                                         due_on, status, created_by, created_at, activity_number)
              values (:team, :network, :number, :meeting, :item, :what, :owner, :due, 'open', :by, :now, :activity)
              """)
          .bind("team", teamId).bind("network", networkId).bind("number", number).bind("meeting", meetingId)
          .bind("item", draft.itemNumber()).bind("what", draft.what()).bind("owner", draft.owner())
          .bind("due", draft.due().toString()).bind("by", by).bind("now", now.toString())
          .bind("activity", draft.activity().orElse(null)).execute();
      return new Action(networkId, number, meetingId, draft.itemNumber(), draft.what(), draft.owner(), draft.due(),
          false, Optional.empty(), now, draft.activity(), Optional.empty());
    });
  }

  List<Action> open(long networkId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_action where network_id = :network and status = 'open' order by due_on, number
            """)
        .bind("network", networkId).map(ActionRepository::row).list());
  }

  Optional<Action> action(long networkId, int number) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from agenda_action where network_id = :network and number = :number")
        .bind("network", networkId).bind("number", number).map(ActionRepository::row).findOne());
  }

  /** The actions agreed on at one meeting, open or done, in number order. */
  List<Action> ofMeeting(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select * from agenda_action where meeting_id = :meeting order by number")
        .bind("meeting", meetingId).map(ActionRepository::row).list());
  }

  /** Open actions someone owns in these networks, the earliest due first. */
  List<Action> openOwnedBy(List<Long> networkIds, String owner) {
    if (networkIds.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_action where network_id in (<networks>) and owner_id = :owner and status = 'open'
            order by due_on, network_id, number
            """)
        .bindList("networks", networkIds).bind("owner", owner).map(ActionRepository::row).list());
  }

  /** Closes an open action; false if it was closed already (someone else was quicker). */
  boolean close(long networkId, int number, Optional<String> note, String by, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update agenda_action set status = 'done', done_note = :note, done_by = :by, done_at = :now
            where network_id = :network and number = :number and status = 'open'
            """)
        .bind("note", note.orElse(null)).bind("by", by).bind("now", now.toString())
        .bind("network", networkId).bind("number", number).execute() == 1);
  }

  /** Open actions whose owner was not reminded yet, in every network. */
  List<Action> unreminded() {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from agenda_action where status = 'open' and reminded_at is null order by due_on")
        .map(ActionRepository::row).list());
  }

  /**
   * Claims the reminder of an action and queues its DM in one transaction: false (nothing queued)
   * if it was claimed before or the action is closed.
   */
  boolean claimReminder(String teamId, Action action, Outbox.Message dm, Outbox outbox, Instant now) {
    return jdbi.inTransaction(h -> {
      boolean claimed = h.createUpdate("""
              update agenda_action set reminded_at = :now
              where network_id = :network and number = :number and status = 'open' and reminded_at is null
              """)
          .bind("now", now.toString()).bind("network", action.networkId()).bind("number", action.number())
          .execute() == 1;
      if (claimed) {
        outbox.enqueue(h, teamId, dm.channelOrUser(), dm.text(), dm.blocksJson());
      }
      return claimed;
    });
  }

  /** Actions a person owns or wrote down, for a privacy export. */
  List<Map<String, Object>> actionsOf(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_action where team_id = :team
              and (owner_id = :user or created_by = :user or done_by = :user)
            order by network_id, number
            """)
        .bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("action", rs.getInt("number"));
          row.put("meeting", rs.getLong("meeting_id"));
          row.put("what", rs.getString("what"));
          row.put("due", rs.getString("due_on"));
          row.put("status", rs.getString("status"));
          row.put("note", rs.getString("done_note"));
          row.put("owner", userId.equals(rs.getString("owner_id")));
          return row;
        })
        .list());
  }

  /** The actions are the network's and stay; the person's id on them is replaced. */
  void replacePerson(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      for (String column : List.of("owner_id", "created_by", "done_by")) {
        h.createUpdate("update agenda_action set " + column + " = :p where team_id = :team and " + column + " = :user")
            .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      }
    });
  }

  private static Action row(ResultSet rs, StatementContext ctx) throws SQLException {
    int activityNumber = rs.getInt("activity_number");
    Optional<Integer> activity = rs.wasNull() ? Optional.empty() : Optional.of(activityNumber);
    return new Action(rs.getLong("network_id"), rs.getInt("number"), rs.getLong("meeting_id"),
        rs.getInt("item_number"), rs.getString("what"), rs.getString("owner_id"),
        LocalDate.parse(rs.getString("due_on")), "done".equals(rs.getString("status")),
        Optional.ofNullable(rs.getString("done_note")), Instant.parse(rs.getString("created_at")),
        activity,
        Optional.ofNullable(rs.getString("done_at")).map(Instant::parse));
  }
}
