package nl.samen.agenda;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The minutes per agenda item (table agenda_minute). */
final class MinutesRepository {
  private final Jdbi jdbi;

  MinutesRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds an entry after the item's last one. */
  Minute insert(String teamId, long meetingId, int item, Minute.Kind kind, String text, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      int seq = h.createQuery("""
              select coalesce(max(seq), 0) + 1 from agenda_minute
              where meeting_id = :meeting and item_number = :item
              """)
          .bind("meeting", meetingId).bind("item", item).mapTo(Integer.class).one();
      h.createUpdate("""
              insert into agenda_minute (team_id, meeting_id, item_number, seq, kind, text, written_by, written_at)
              values (:team, :meeting, :item, :seq, :kind, :text, :by, :now)
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("item", item).bind("seq", seq)
          .bind("kind", kind.code()).bind("text", text).bind("by", by).bind("now", now.toString())
          .execute();
      return new Minute(meetingId, item, seq, kind, text, by, now);
    });
  }

  /** A meeting's minutes, by item and then in the order written. */
  List<Minute> minutes(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from agenda_minute where meeting_id = :meeting order by item_number, seq")
        .bind("meeting", meetingId)
        .map((rs, ctx) -> new Minute(rs.getLong("meeting_id"), rs.getInt("item_number"), rs.getInt("seq"),
            Minute.Kind.fromCode(rs.getString("kind")), rs.getString("text"), rs.getString("written_by"),
            Instant.parse(rs.getString("written_at"))))
        .list());
  }

  /** Records that the minutes are (to be) in the channel; says whether they were posted before. */
  boolean markPosted(String teamId, long meetingId, String channelId, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      boolean before = isPosted(h, meetingId);
      h.createUpdate("""
              insert into agenda_minutes_post (team_id, meeting_id, channel_id, posted_by, posted_at)
              values (:team, :meeting, :channel, :by, :now)
              on conflict (meeting_id) do update set posted_by = :by, posted_at = :now
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("channel", channelId)
          .bind("by", by).bind("now", now.toString()).execute();
      return before;
    });
  }

  boolean isPosted(long meetingId) {
    return jdbi.withHandle(h -> isPosted(h, meetingId));
  }

  private static boolean isPosted(Handle h, long meetingId) {
    return h.createQuery("select count(*) from agenda_minutes_post where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(Integer.class).one() > 0;
  }

  /** What a person wrote in minutes, for a privacy export. */
  List<Map<String, Object>> writtenBy(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from agenda_minute where team_id = :team and written_by = :user
            order by meeting_id, item_number, seq
            """)
        .bind("team", teamId).bind("user", userId)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("meeting", rs.getLong("meeting_id"));
          row.put("item", rs.getInt("item_number"));
          row.put("kind", rs.getString("kind"));
          row.put("text", rs.getString("text"));
          row.put("written_at", rs.getString("written_at"));
          return row;
        })
        .list());
  }

  /** The minutes are the network's and stay; their author's id is replaced. */
  void replacePerson(String teamId, String userId, String placeholder) {
    jdbi.useTransaction(h -> {
      h.createUpdate("update agenda_minute set written_by = :p where team_id = :team and written_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
      h.createUpdate("update agenda_minutes_post set posted_by = :p where team_id = :team and posted_by = :user")
          .bind("p", placeholder).bind("team", teamId).bind("user", userId).execute();
    });
  }
}
