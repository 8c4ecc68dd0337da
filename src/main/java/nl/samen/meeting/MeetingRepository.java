package nl.samen.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Meetings in SQLite. {@code starts_at} is derived and kept only for ordering and filtering. With an
 * outbox, scheduling, moving and cancelling write the notice that tells people in the same
 * transaction as the change, so that a crash right after cannot lose it.
 */
public final class MeetingRepository {
  private final Jdbi jdbi;
  private final Optional<Outbox> outbox;

  /** For reading, and for tests of other features: changes are not told. */
  public MeetingRepository(Jdbi jdbi) {
    this(jdbi, Optional.empty());
  }

  public MeetingRepository(Jdbi jdbi, Optional<Outbox> outbox) {
    this.jdbi = jdbi;
    this.outbox = outbox;
  }

  /** Inserts all meetings of a draft (one, or a series) in one transaction, with their announcement. */
  List<Meeting> insertAll(List<Meeting> meetings, String seriesId, String createdBy, Instant now) {
    List<Meeting> saved = jdbi.inTransaction(h -> {
      List<Meeting> inserted = meetings.stream().map(m -> insert(h, m, seriesId, createdBy, now)).toList();
      notice(h, inserted.get(0), MeetingNotice.NEW, MeetingNotice.ids(inserted));
      return inserted;
    });
    outbox.ifPresent(Outbox::wake);
    return saved;
  }

  private void notice(Handle h, Meeting meeting, String kind, String payload) {
    outbox.ifPresent(o -> o.notice(h, meeting.teamId(), meeting.networkId(), kind, payload));
  }

  private static Meeting insert(Handle h, Meeting m, String seriesId, String createdBy, Instant now) {
    long id = h.createUpdate("""
            insert into meeting (team_id, network_id, title, kind, local_date, start_time, end_time,
                                 time_zone, starts_at, place, series_id, created_by, created_at,
                                 updated_at, scheduled_at, rsvp_deadline)
            values (:team, :network, :title, :kind, :date, :start, :end, :zone, :startsAt, :place,
                    :series, :by, :now, :now, :now, :ownDeadline)
            """)
        .bind("team", m.teamId())
        .bind("network", m.networkId())
        .bind("title", m.title())
        .bind("kind", m.kind().name().toLowerCase(Locale.ROOT))
        .bind("date", m.date())
        .bind("start", m.start())
        .bind("end", m.end().orElse(null))
        .bind("zone", m.zone())
        .bind("startsAt", m.startsAt())
        .bind("place", m.place().orElse(null))
        .bind("series", seriesId)
        .bind("by", createdBy)
        .bind("now", now)
        .bind("ownDeadline", m.deadline().own().orElse(null))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    return new Meeting(id, m.teamId(), m.networkId(), m.title(), m.kind(), m.date(), m.start(),
        m.end(), m.zone(), m.place(), m.status(), m.cancelReason(), 0,
        new RsvpDeadline(now, m.deadline().own()));
  }

  public Optional<Meeting> find(String teamId, long id) {
    return jdbi.withHandle(h -> h.createQuery("select * from meeting where team_id = :team and id = :id")
        .bind("team", teamId)
        .bind("id", id)
        .map(MeetingRepository::meeting)
        .findOne());
  }

  /** Scheduled meetings of a network that have not started before {@code from}, soonest first. */
  public List<Meeting> upcoming(long networkId, Instant from) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from meeting
            where network_id = :network and status = 'scheduled' and starts_at >= :from
            order by starts_at, id
            """)
        .bind("network", networkId)
        .bind("from", from)
        .map(MeetingRepository::meeting)
        .list());
  }

  /** Every meeting of a network whose start lies in [from, to), cancelled ones included. */
  public List<Meeting> between(long networkId, Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from meeting
            where network_id = :network and starts_at >= :from and starts_at < :to
            order by starts_at, id
            """)
        .bind("network", networkId)
        .bind("from", from)
        .bind("to", to)
        .map(MeetingRepository::meeting)
        .list());
  }

  void updateTime(Meeting moved, Instant now) {
    jdbi.useTransaction(h -> {
      Meeting before = h.createQuery("select * from meeting where id = :id").bind("id", moved.id())
          .map(MeetingRepository::meeting).one();
      h.createUpdate("""
            update meeting set local_date = :date, start_time = :start, end_time = :end,
                               starts_at = :startsAt, sequence = :sequence, updated_at = :now,
                               scheduled_at = :scheduledAt, rsvp_deadline = :ownDeadline
            where id = :id
            """)
        .bind("scheduledAt", moved.deadline().scheduledAt())
        .bind("ownDeadline", moved.deadline().own().orElse(null))
        .bind("date", moved.date())
        .bind("start", moved.start())
        .bind("end", moved.end().orElse(null))
        .bind("startsAt", moved.startsAt())
        .bind("sequence", moved.sequence())
        .bind("now", now)
        .bind("id", moved.id())
        .execute();
      notice(h, moved, MeetingNotice.MOVED, MeetingNotice.moved(before, moved));
    });
    outbox.ifPresent(Outbox::wake);
  }

  /** Saves a meeting's own deadline and its new version (its reminders are planned anew). */
  void updateDeadline(Meeting changed, Instant now) {
    jdbi.useHandle(h -> h.createUpdate("""
            update meeting set rsvp_deadline = :ownDeadline, sequence = :sequence, updated_at = :now
            where id = :id
            """)
        .bind("ownDeadline", changed.deadline().own().orElse(null))
        .bind("sequence", changed.sequence())
        .bind("now", now)
        .bind("id", changed.id())
        .execute());
  }

  void markCancelled(long id, Optional<String> reason, Instant now) {
    jdbi.useTransaction(h -> {
      h.createUpdate("""
            update meeting set status = 'cancelled', cancel_reason = :reason,
                               sequence = sequence + 1, updated_at = :now
            where id = :id
            """)
        .bind("reason", reason.orElse(null))
        .bind("now", now)
        .bind("id", id)
        .execute();
      Meeting cancelled = h.createQuery("select * from meeting where id = :id").bind("id", id)
          .map(MeetingRepository::meeting).one();
      notice(h, cancelled, MeetingNotice.CANCELLED, Long.toString(id));
    });
    outbox.ifPresent(Outbox::wake);
  }

  /** Maps a row of {@code meeting}; other features get meetings through {@link MeetingCatalog}. */
  static Meeting meeting(ResultSet rs, StatementContext ctx) throws SQLException {
    String end = rs.getString("end_time");
    String scheduledAt = rs.getString("scheduled_at");
    String ownDeadline = rs.getString("rsvp_deadline");
    return new Meeting(
        rs.getLong("id"),
        rs.getString("team_id"),
        rs.getLong("network_id"),
        rs.getString("title"),
        Meeting.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
        LocalDate.parse(rs.getString("local_date")),
        LocalTime.parse(rs.getString("start_time")),
        Optional.ofNullable(end).map(LocalTime::parse),
        ZoneId.of(rs.getString("time_zone")),
        Optional.ofNullable(rs.getString("place")),
        Meeting.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        Optional.ofNullable(rs.getString("cancel_reason")),
        rs.getInt("sequence"),
        new RsvpDeadline(Instant.parse(scheduledAt != null ? scheduledAt : rs.getString("created_at")),
            Optional.ofNullable(ownDeadline).map(Instant::parse)));
  }
}
