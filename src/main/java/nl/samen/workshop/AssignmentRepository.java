package nl.samen.workshop;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a ranked assignment: the claim row (once per meeting), the seats and waitlist places as
 * normal choices, and the notices that tell members and the channel, all in one transaction.
 */
final class AssignmentRepository {
  static final String ASSIGNED = "workshop.assigned";
  static final String SUMMARY = "workshop.assignedSummary";

  private final Jdbi jdbi;
  private final Outbox outbox;

  AssignmentRepository(Jdbi jdbi, Outbox outbox) {
    this.jdbi = jdbi;
    this.outbox = outbox;
  }

  /** A ranking still to assign: its team, meeting, close and who opened it. */
  record Due(String teamId, long meetingId, Instant closesAt, String openedBy) {}

  List<Due> unassigned() {
    return jdbi.withHandle(h -> h.createQuery("""
            select r.team_id, r.meeting_id, r.closes_at, r.opened_by from workshop_ranking r
            where not exists (select 1 from workshop_assignment a where a.meeting_id = r.meeting_id)
            """)
        .map((rs, ctx) -> new Due(rs.getString("team_id"), rs.getLong("meeting_id"),
            Instant.parse(rs.getString("closes_at")), rs.getString("opened_by"))).list());
  }

  Optional<RankDistribution> distribution(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select * from workshop_assignment where meeting_id = :meeting")
        .bind("meeting", meetingId)
        .map((rs, ctx) -> new RankDistribution(rs.getInt("first_choice"), rs.getInt("second_choice"),
            rs.getInt("third_choice"), rs.getInt("outside_choices"), rs.getInt("not_ranked"), rs.getInt("unplaced")))
        .findOne());
  }

  /** Everyone's ranking in a meeting: user → round → workshop ids, first choice first. */
  Map<String, Map<Integer, List<Long>>> rankings(long meetingId) {
    Map<String, Map<Integer, List<Long>>> all = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery(
            "select user_id, round, workshop_id from workshop_rank where meeting_id = :meeting order by position")
        .bind("meeting", meetingId)
        .map((rs, ctx) -> all.computeIfAbsent(rs.getString("user_id"), u -> new HashMap<>())
            .computeIfAbsent(rs.getInt("round"), r -> new java.util.ArrayList<>()).add(rs.getLong("workshop_id")))
        .list());
    return all;
  }

  /**
   * Claims the meeting and writes the result; false (and nothing written) if it was assigned before.
   * {@code keep} holds "user;round" of choices made already, which stay as they are.
   */
  boolean save(String teamId, long networkId, long meetingId, RankedResult result, Set<String> keep, String by,
      Instant now) {
    boolean saved = jdbi.inTransaction(h -> {
      RankDistribution d = result.distribution();
      int claimed = h.createUpdate("""
              insert into workshop_assignment (team_id, meeting_id, seed, first_choice, second_choice,
                third_choice, outside_choices, not_ranked, unplaced, assigned_by, assigned_at)
              select :team, :meeting, :seed, :first, :second, :third, :outside, :notRanked, :unplaced, :by, :now
              where not exists (select 1 from workshop_assignment where meeting_id = :meeting)
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("seed", result.seed()).bind("first", d.first())
          .bind("second", d.second()).bind("third", d.third()).bind("outside", d.outsideChoices())
          .bind("notRanked", d.notRanked()).bind("unplaced", d.unplaced()).bind("by", by).bind("now", now).execute();
      if (claimed == 0) {
        return false;
      }
      for (RankedPlacement p : result.placements()) {
        if (!keep.contains(p.userId() + ";" + p.round())) {
          p.workshopId().or(p::waitlist).ifPresent(workshop ->
              insert(h, teamId, meetingId, p, workshop, p.workshopId().isPresent(), by, now));
        }
      }
      outbox.notice(h, teamId, networkId, SUMMARY, Long.toString(meetingId));
      // The reasons are not stored elsewhere: the notice carries each member's placements.
      Map<String, StringBuilder> payloads = new java.util.LinkedHashMap<>();
      for (RankedPlacement p : result.placements()) {
        if (keep.contains(p.userId() + ";" + p.round())) {
          continue; // a choice made before stays, and the message does not claim another
        }
        payloads.computeIfAbsent(p.userId(), u -> new StringBuilder(meetingId + ";" + u))
            .append(';').append(p.round()).append(':').append(p.workshopId().or(p::waitlist).orElse(0L))
            .append(':').append(p.rank()).append(':').append(p.reason());
      }
      payloads.values().forEach(payload -> outbox.notice(h, teamId, networkId, ASSIGNED, payload.toString()));
      return true;
    });
    if (saved) {
      outbox.wake();
    }
    return saved;
  }

  private static void insert(Handle h, String teamId, long meetingId, RankedPlacement p, long workshop,
      boolean seated, String by, Instant now) {
    h.createUpdate("""
            insert into workshop_choice (team_id, meeting_id, round, workshop_id, user_id, status, chosen_by, chosen_at)
            values (:team, :meeting, :round, :workshop, :user, :status, :by, :now)
            """)
        .bind("team", teamId).bind("meeting", meetingId).bind("round", p.round()).bind("workshop", workshop)
        .bind("user", p.userId()).bind("status", seated ? "seated" : "waiting").bind("by", by).bind("now", now)
        .execute();
  }
}
