package nl.samen.agenda;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Moving agenda items between meetings and the backlog (tables agenda_item, agenda_minute,
 * agenda_backlog). Each move is one transaction that first claims the item, so that two people moving
 * it at once move it once.
 */
final class CarryRepository {
  private static final String COPY_TO_ITEM = """
      insert into agenda_item (team_id, meeting_id, number, title, minutes, part, owner_id, status,
                               created_by, created_at)
      select team_id, :to, :number, title, minutes, part, owner_id, :status, created_by, created_at
      """;

  private final Jdbi jdbi;

  CarryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Moves an item and its minutes to meeting {@code to}; its new number, or empty if it was gone. */
  Optional<Integer> toMeeting(long from, int number, long to) {
    return jdbi.inTransaction(h -> {
      Optional<String> status = claim(h, from, number);
      if (status.isEmpty()) {
        return Optional.<Integer>empty();
      }
      int next = nextItemNumber(h, to);
      h.createUpdate(COPY_TO_ITEM + " from agenda_item where meeting_id = :from and number = :old")
          .bind("to", to).bind("number", next).bind("status", status.get()).bind("from", from).bind("old", number)
          .execute();
      h.createUpdate("""
              update agenda_minute set meeting_id = :to, item_number = :number
              where meeting_id = :from and item_number = :old
              """)
          .bind("to", to).bind("number", next).bind("from", from).bind("old", number).execute();
      h.createUpdate("""
              update agenda_item set moved_to_meeting = :to, moved_to_number = :number
              where meeting_id = :from and number = :old
              """)
          .bind("to", to).bind("number", next).bind("from", from).bind("old", number).execute();
      return Optional.of(next);
    });
  }

  /** Parks an item in its network's backlog (its minutes stay with the trace); its backlog number. */
  Optional<Integer> toBacklog(long networkId, long from, int number) {
    return jdbi.inTransaction(h -> {
      if (claim(h, from, number).isEmpty()) {
        return Optional.<Integer>empty();
      }
      int next = nextBacklogNumber(h, networkId);
      h.createUpdate("""
              insert into agenda_backlog (team_id, network_id, number, title, minutes, part, owner_id, status,
                                          from_meeting, from_number, created_by, created_at)
              select team_id, :network, :number, title, minutes, part, owner_id, 'open', meeting_id, number,
                     created_by, created_at
              from agenda_item where meeting_id = :from and number = :old
              """)
          .bind("network", networkId).bind("number", next).bind("from", from).bind("old", number).execute();
      h.createUpdate("update agenda_item set moved_to_backlog = :number where meeting_id = :from and number = :old")
          .bind("number", next).bind("from", from).bind("old", number).execute();
      return Optional.of(next);
    });
  }

  /** Plans an open backlog item into meeting {@code to} as an accepted item; its number there, or empty. */
  Optional<Integer> fromBacklog(long networkId, int number, long to, String teamId) {
    return jdbi.inTransaction(h -> {
      int next = nextItemNumber(h, to);
      boolean claimed = h.createUpdate("""
              update agenda_backlog set status = 'planned', planned_meeting = :to, planned_number = :next
              where network_id = :network and number = :number and status = 'open' and team_id = :team
              """)
          .bind("to", to).bind("next", next).bind("network", networkId).bind("number", number).bind("team", teamId)
          .execute() == 1;
      if (!claimed) {
        return Optional.<Integer>empty();
      }
      h.createUpdate(COPY_TO_ITEM + " from agenda_backlog where network_id = :network and number = :old")
          .bind("to", to).bind("number", next).bind("status", "accepted").bind("network", networkId)
          .bind("old", number).execute();
      return Optional.of(next);
    });
  }

  int addToBacklog(String teamId, long networkId, AgendaItem.Draft draft, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      int next = nextBacklogNumber(h, networkId);
      h.createUpdate("""
              insert into agenda_backlog (team_id, network_id, number, title, minutes, part, owner_id, status,
                                          created_by, created_at)
              values (:team, :network, :number, :title, :minutes, :part, :owner, 'open', :by, :now)
              """)
          .bind("team", teamId).bind("network", networkId).bind("number", next).bind("title", draft.title())
          .bind("minutes", draft.minutes().orElse(null)).bind("part", draft.part().map(AgendaItem.Part::code).orElse(null))
          .bind("owner", draft.owner().orElse(null)).bind("by", by).bind("now", now).execute();
      return next;
    });
  }

  /** The network's open backlog, by number. */
  List<BacklogItem> backlog(long networkId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from agenda_backlog where network_id = :network and status = 'open' order by number")
        .bind("network", networkId)
        .map((rs, ctx) -> {
          long from = rs.getLong("from_meeting");
          Optional<Long> fromMeeting = rs.wasNull() ? Optional.empty() : Optional.of(from);
          return new BacklogItem(rs.getInt("number"), rs.getString("title"),
              Optional.ofNullable(rs.getString("owner_id")), rs.getString("created_by"), fromMeeting);
        })
        .list());
  }

  /** Accepted items with nothing recorded: no note or decision, no action. */
  List<Integer> untouched(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select number from agenda_item i where meeting_id = :meeting and status = 'accepted'
              and not exists (select 1 from agenda_minute m where m.meeting_id = i.meeting_id and m.item_number = i.number)
              and not exists (select 1 from agenda_action a where a.meeting_id = i.meeting_id and a.item_number = i.number)
            order by number
            """)
        .bind("meeting", meetingId).mapTo(Integer.class).list());
  }

  /** Backlog items a person added or owns, for a privacy export. */
  List<Map<String, Object>> backlogOf(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_backlog where team_id = :team and (owner_id = :user or created_by = :user)
            order by network_id, number
            """)
        .bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("backlog_item", rs.getInt("number"));
          row.put("title", rs.getString("title"));
          row.put("status", rs.getString("status"));
          row.put("owner", userId.equals(rs.getString("owner_id")));
          row.put("added_by_you", userId.equals(rs.getString("created_by")));
          return row;
        })
        .list());
  }

  /** Backlog items are the network's and stay; the person's id on them is replaced. */
  void replacePerson(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      for (String column : List.of("owner_id", "created_by")) {
        h.createUpdate("update agenda_backlog set " + column + " = :p where team_id = :team and " + column + " = :user")
            .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      }
    });
  }

  /** Marks the item a trace; its status before, or empty if it was gone already. */
  private static Optional<String> claim(Handle h, long meetingId, int number) {
    Optional<String> status = h.createQuery("""
            select status from agenda_item where meeting_id = :meeting and number = :number and status != 'removed'
            """)
        .bind("meeting", meetingId).bind("number", number).mapTo(String.class).findOne();
    if (status.isPresent()) {
      h.createUpdate("update agenda_item set status = 'removed' where meeting_id = :meeting and number = :number")
          .bind("meeting", meetingId).bind("number", number).execute();
    }
    return status;
  }

  private static int nextItemNumber(Handle h, long meetingId) {
    return h.createQuery("select coalesce(max(number), 0) + 1 from agenda_item where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(Integer.class).one();
  }

  private static int nextBacklogNumber(Handle h, long networkId) {
    return h.createQuery("select coalesce(max(number), 0) + 1 from agenda_backlog where network_id = :network")
        .bind("network", networkId).mapTo(Integer.class).one();
  }
}
