package nl.samen.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Agenda items and posted agendas in SQLite. With an outbox, a member's proposal writes the notice
 * that tells the coordinators in the same transaction, so that a crash right after cannot lose it.
 */
final class AgendaRepository {
  /** The notice that a member proposed an item: {@code meetingId;number}. */
  static final String PROPOSED = "agenda.proposed";

  private final Jdbi jdbi;
  private final Optional<Outbox> outbox;

  public AgendaRepository(Jdbi jdbi) {
    this(jdbi, Optional.empty());
  }

  public AgendaRepository(Jdbi jdbi, Optional<Outbox> outbox) {
    this.jdbi = jdbi;
    this.outbox = outbox;
  }

  /** Adds an item with the next number, unless the meeting already has {@code max} items. */
  Optional<AgendaItem> insert(String teamId, long networkId, long meetingId, AgendaItem.Draft draft,
      boolean accepted, String by, Instant now, int max) {
    Optional<AgendaItem> inserted = jdbi.inTransaction(h -> {
      int count = h.createQuery(
              "select count(*) from agenda_item where meeting_id = :meeting and status != 'removed'")
          .bind("meeting", meetingId).mapTo(Integer.class).one();
      if (count >= max) {
        return Optional.<AgendaItem>empty();
      }
      int number = h.createQuery(
              "select coalesce(max(number), 0) + 1 from agenda_item where meeting_id = :meeting")
          .bind("meeting", meetingId).mapTo(Integer.class).one();
      h.createUpdate("""
              insert into agenda_item (team_id, meeting_id, number, title, minutes, part, owner_id,
                                       status, created_by, created_at)
              values (:team, :meeting, :number, :title, :minutes, :part, :owner, :status, :by, :now)
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("number", number)
          .bind("title", draft.title()).bind("minutes", draft.minutes().orElse(null))
          .bind("part", draft.part().map(AgendaItem.Part::code).orElse(null))
          .bind("owner", draft.owner().orElse(null)).bind("status", accepted ? "accepted" : "proposed")
          .bind("by", by).bind("now", now)
          .execute();
      if (!accepted && outbox.isPresent()) {
        outbox.get().notice(h, teamId, networkId, PROPOSED, meetingId + ";" + number);
      }
      return Optional.of(new AgendaItem(meetingId, number, draft.title(), draft.minutes(), draft.part(),
          draft.owner(), accepted, by));
    });
    if (inserted.isPresent() && !accepted) {
      outbox.ifPresent(Outbox::wake);
    }
    return inserted;
  }

  /** All items of a meeting, accepted and proposed, by number. */
  public List<AgendaItem> items(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from agenda_item where meeting_id = :meeting and status != 'removed' order by number")
        .bind("meeting", meetingId).map(AgendaRepository::item).list());
  }

  /** The traces of a meeting's moved items, by number. */
  List<MovedItem> moved(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_item where meeting_id = :meeting and status = 'removed'
              and (moved_to_meeting is not null or moved_to_backlog is not null)
            order by number
            """)
        .bind("meeting", meetingId)
        .map((rs, ctx) -> {
          long to = rs.getLong("moved_to_meeting");
          Optional<Long> toMeeting = rs.wasNull() ? Optional.empty() : Optional.of(to);
          int toNumber = rs.getInt("moved_to_number");
          int backlog = rs.getInt("moved_to_backlog");
          return new MovedItem(rs.getInt("number"), rs.getString("title"), toMeeting, toNumber,
              rs.wasNull() ? Optional.empty() : Optional.of(backlog));
        })
        .list());
  }

  /** Accepts a proposal; false if it was no longer a proposal (someone else was quicker). */
  boolean accept(long meetingId, int number) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update agenda_item set status = 'accepted'
            where meeting_id = :meeting and number = :number and status = 'proposed'
            """)
        .bind("meeting", meetingId).bind("number", number).execute() == 1);
  }

  /** Marks the item removed (it keeps its number, which is not given out again); false if it was gone. */
  boolean remove(long meetingId, int number) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update agenda_item set status = 'removed'
            where meeting_id = :meeting and number = :number and status != 'removed'
            """)
        .bind("meeting", meetingId).bind("number", number).execute() == 1);
  }

  /** Records that the agenda is (to be) in the channel; says whether it was posted before. */
  boolean markPosted(String teamId, long meetingId, String channelId, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      boolean before = h.createQuery("select count(*) from agenda_post where meeting_id = :meeting")
          .bind("meeting", meetingId).mapTo(Integer.class).one() > 0;
      h.createUpdate("""
              insert into agenda_post (team_id, meeting_id, channel_id, posted_by, posted_at)
              values (:team, :meeting, :channel, :by, :now)
              on conflict (meeting_id) do update set posted_by = :by, posted_at = :now
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("channel", channelId)
          .bind("by", by).bind("now", now).execute();
      return before;
    });
  }

  boolean isPosted(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from agenda_post where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(Integer.class).one() > 0);
  }

  /** Items a person added, proposed or owns, for a privacy export. */
  List<Map<String, Object>> itemsOf(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_item where team_id = :team and (owner_id = :user or created_by = :user)
            order by meeting_id, number
            """)
        .bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("meeting", rs.getLong("meeting_id"));
          row.put("item", rs.getInt("number"));
          row.put("title", rs.getString("title"));
          row.put("status", rs.getString("status"));
          row.put("owner", userId.equals(rs.getString("owner_id")));
          row.put("added_by_you", userId.equals(rs.getString("created_by")));
          return row;
        })
        .list());
  }

  /** Agenda items keep their content (they are the network's), the person's id is replaced. */
  void replacePerson(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      h.createUpdate("update agenda_item set owner_id = :p where team_id = :team and owner_id = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update agenda_item set created_by = :p where team_id = :team and created_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update agenda_post set posted_by = :p where team_id = :team and posted_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
    });
  }

  private static AgendaItem item(ResultSet rs, StatementContext ctx) throws SQLException {
    int minutes = rs.getInt("minutes");
    Optional<Integer> duration = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
    return new AgendaItem(rs.getLong("meeting_id"), rs.getInt("number"), rs.getString("title"), duration,
        Optional.ofNullable(rs.getString("part")).map(AgendaItem.Part::fromCode),
        Optional.ofNullable(rs.getString("owner_id")), "accepted".equals(rs.getString("status")),
        rs.getString("created_by"));
  }
}
