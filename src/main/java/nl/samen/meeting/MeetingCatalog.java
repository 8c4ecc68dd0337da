package nl.samen.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Meetings read in bulk, for features that combine them with their own tables (reminders, answer
 * exports): one query per call or per chunk of ids, never one per meeting, and no other feature
 * reads the {@code meeting} table itself.
 */
public final class MeetingCatalog {
  /** Ids per query: well below any database's limit on bound values. */
  private static final int CHUNK = 500;
  private final Jdbi jdbi;

  public MeetingCatalog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A meeting with the moment it was first created. */
  public record Created(Meeting meeting, Instant createdAt) {}

  /** Scheduled meetings of every network starting in ({@code from}, {@code to}], by start. */
  public List<Created> scheduledStartingBetween(Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from meeting
            where status = 'scheduled' and starts_at > :from and starts_at <= :to
            order by starts_at, id
            """)
        .bind("from", from)
        .bind("to", to)
        .map((rs, ctx) -> new Created(MeetingRepository.meeting(rs, ctx), Instant.parse(rs.getString("created_at"))))
        .list());
  }

  /** When the meeting was first created. */
  public Optional<Instant> createdAt(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select created_at from meeting where id = :id")
        .bind("id", meetingId)
        .mapTo(Instant.class)
        .findOne());
  }

  /** The meetings with these ids that exist, by id, cancelled ones included. */
  public Map<Long, Meeting> byIds(Collection<Long> ids) {
    Map<Long, Meeting> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
      jdbi.useHandle(h -> h.createQuery("select * from meeting where id in (<ids>)")
          .bindList("ids", chunk)
          .map(MeetingRepository::meeting)
          .forEach(m -> found.put(m.id(), m)));
    }
    return found;
  }
}
