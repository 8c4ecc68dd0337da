package nl.samen.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Workshops and choices in SQLite. Every change of seats is one transaction (opened as BEGIN
 * IMMEDIATE, so writers take turns): a workshop can never get more seated members than its capacity.
 * With an outbox, a seat given from the waitlist is noticed in that same transaction, so the
 * member hears of it even if the app stops right after.
 */
final class WorkshopRepository {
  /** The notice that a waiting member got a seat: {@code meetingId;workshopId;userId}. */
  static final String SEAT_GIVEN = "workshop.seatGiven";

  private final Jdbi jdbi;
  private final Optional<Outbox> outbox;

  /** For tests that do not need the seat notices. */
  public WorkshopRepository(Jdbi jdbi) {
    this(jdbi, Optional.empty());
  }

  public WorkshopRepository(Jdbi jdbi, Optional<Outbox> outbox) {
    this.jdbi = jdbi;
    this.outbox = outbox;
  }

  Workshop insert(String teamId, long meetingId, WorkshopDraft draft, String by, Instant now) {
    return jdbi.inTransaction(h -> {
      int number = h.createQuery(
              "select coalesce(max(number), 0) + 1 from workshop where meeting_id = :meeting")
          .bind("meeting", meetingId).mapTo(Integer.class).one();
      long id = h.createUpdate("""
              insert into workshop (team_id, meeting_id, number, round, title, capacity, host_id,
                                    room, created_by, created_at)
              values (:team, :meeting, :number, :round, :title, :capacity, :host, :room, :by, :now)
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("number", number)
          .bind("round", draft.round()).bind("title", draft.title()).bind("capacity", draft.capacity())
          .bind("host", draft.host().orElse(null)).bind("room", draft.room().orElse(null))
          .bind("by", by).bind("now", now)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new Workshop(id, teamId, meetingId, number, draft.round(), draft.title(),
          draft.capacity(), draft.host(), draft.room());
    });
  }

  public List<Workshop> workshops(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from workshop where meeting_id = :meeting order by round, number")
        .bind("meeting", meetingId).map(WorkshopRepository::workshop).list());
  }

  /** All choices of a meeting in the order they were made, which is also the waitlists' order. */
  public List<WorkshopChoice> choices(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from workshop_choice where meeting_id = :meeting order by id")
        .bind("meeting", meetingId).map(WorkshopRepository::choice).list());
  }

  /**
   * Gives {@code userId} a seat in {@code target}, or a place at the end of its waitlist when it is
   * full. A choice in another workshop of the same round is given up, and its seat goes to the first
   * on that waitlist, all in the same transaction.
   */
  SeatChange take(long networkId, Workshop target, String userId, String by, Instant now) {
    return noticed(target.teamId(), networkId, target.meetingId(), h -> {
      Optional<long[]> current = h.createQuery("""
              select id, workshop_id from workshop_choice
              where meeting_id = :meeting and round = :round and user_id = :user
              """)
          .bind("meeting", target.meetingId()).bind("round", target.round()).bind("user", userId)
          .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("workshop_id")}).findOne();
      if (current.isPresent() && current.get()[1] == target.id()) {
        int position = waitlistPosition(h, target.id(), current.get()[0]);
        return new SeatChange(true, position == 0, position, Optional.empty(), List.of());
      }
      List<SeatChange.Promotion> promotions = new ArrayList<>();
      if (current.isPresent()) {
        h.createUpdate("delete from workshop_choice where id = :id").bind("id", current.get()[0]).execute();
        promotions.addAll(fill(h, current.get()[1]));
      }
      boolean seated = count(h, target.id(), "seated") < target.capacity();
      long id = h.createUpdate("""
              insert into workshop_choice (team_id, meeting_id, round, workshop_id, user_id, status,
                                           chosen_by, chosen_at)
              values (:team, :meeting, :round, :workshop, :user, :status, :by, :now)
              """)
          .bind("team", target.teamId()).bind("meeting", target.meetingId())
          .bind("round", target.round()).bind("workshop", target.id()).bind("user", userId)
          .bind("status", seated ? "seated" : "waiting").bind("by", by).bind("now", now)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new SeatChange(false, seated, seated ? 0 : waitlistPosition(h, target.id(), id),
          current.map(c -> c[1]), promotions);
    });
  }

  /**
   * Gives up {@code userId}'s choices in a meeting (all, or only in one workshop); each freed seat
   * goes to the first on that workshop's waitlist in the same transaction.
   */
  SeatChange release(String teamId, long networkId, long meetingId, String userId, Optional<Long> workshopId) {
    return noticed(teamId, networkId, meetingId, h -> {
      List<Long> left = h.createQuery("""
              select workshop_id from workshop_choice
              where meeting_id = :meeting and user_id = :user
                and (:workshop is null or workshop_id = :workshop)
              """)
          .bind("meeting", meetingId).bind("user", userId).bind("workshop", workshopId.orElse(null))
          .mapTo(Long.class).list();
      List<SeatChange.Promotion> promotions = new ArrayList<>();
      for (long workshop : left) {
        h.createUpdate("delete from workshop_choice where workshop_id = :workshop and user_id = :user")
            .bind("workshop", workshop).bind("user", userId).execute();
        promotions.addAll(fill(h, workshop));
      }
      return new SeatChange(left.isEmpty(), false, 0, left.stream().findFirst(), promotions);
    });
  }

  /** Runs a change of seats in one transaction that also notices each seat given from a waitlist. */
  private SeatChange noticed(String teamId, long networkId, long meetingId,
      HandleCallback<SeatChange, RuntimeException> change) {
    SeatChange done = jdbi.inTransaction(h -> {
      SeatChange result = change.withHandle(h);
      if (outbox.isPresent() && !result.promotions().isEmpty()) {
        for (SeatChange.Promotion p : result.promotions()) {
          outbox.get().notice(h, teamId, networkId, SEAT_GIVEN, meetingId + ";" + p.workshopId() + ";" + p.userId());
        }
      }
      return result;
    });
    if (!done.promotions().isEmpty()) {
      outbox.ifPresent(Outbox::wake);
    }
    return done;
  }

  /** Seats the first on the waitlist until the workshop is full or nobody waits. */
  private static List<SeatChange.Promotion> fill(Handle h, long workshopId) {
    int capacity = h.createQuery("select capacity from workshop where id = :id")
        .bind("id", workshopId).mapTo(Integer.class).one();
    List<SeatChange.Promotion> promoted = new ArrayList<>();
    int seated = count(h, workshopId, "seated");
    while (seated < capacity) {
      Optional<WorkshopChoice> first = h.createQuery("""
              select * from workshop_choice where workshop_id = :workshop and status = 'waiting'
              order by id limit 1
              """)
          .bind("workshop", workshopId).map(WorkshopRepository::choice).findOne();
      if (first.isEmpty()) {
        break;
      }
      h.createUpdate("""
              update workshop_choice set status = 'seated'
              where workshop_id = :workshop and user_id = :user
              """)
          .bind("workshop", workshopId).bind("user", first.get().userId()).execute();
      promoted.add(new SeatChange.Promotion(workshopId, first.get().userId()));
      seated++;
    }
    return promoted;
  }

  private static int count(Handle h, long workshopId, String status) {
    return h.createQuery(
            "select count(*) from workshop_choice where workshop_id = :workshop and status = :status")
        .bind("workshop", workshopId).bind("status", status).mapTo(Integer.class).one();
  }

  /** 0 for a seat, else the place on the waitlist counted from 1. */
  private static int waitlistPosition(Handle h, long workshopId, long choiceId) {
    return h.createQuery("""
            select case (select status from workshop_choice where id = :choice)
                     when 'seated' then 0
                     else (select count(*) from workshop_choice
                           where workshop_id = :workshop and status = 'waiting' and id <= :choice)
                   end
            """)
        .bind("choice", choiceId).bind("workshop", workshopId).mapTo(Integer.class).one();
  }

  private static Workshop workshop(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Workshop(rs.getLong("id"), rs.getString("team_id"), rs.getLong("meeting_id"),
        rs.getInt("number"), rs.getInt("round"), rs.getString("title"), rs.getInt("capacity"),
        Optional.ofNullable(rs.getString("host_id")), Optional.ofNullable(rs.getString("room")));
  }

  private static WorkshopChoice choice(ResultSet rs, StatementContext ctx) throws SQLException {
    return new WorkshopChoice(rs.getLong("workshop_id"), rs.getString("user_id"),
        "seated".equals(rs.getString("status")), rs.getString("chosen_by"),
        Instant.parse(rs.getString("chosen_at")));
  }
}
