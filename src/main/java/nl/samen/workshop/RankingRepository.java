package nl.samen.workshop;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samen.slack.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;

/** Ranked choices in the database: whether a network day ranks, until when, and members' rankings. */
final class RankingRepository {
  static final String NUDGE = "workshop.rankingNudge";
  private final Jdbi jdbi;

  RankingRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Opens (or moves the close of) the ranking of a meeting in {@code rounds} (empty: every round). */
  void open(String teamId, long meetingId, Instant closesAt, Set<Integer> rounds, String by, Instant now) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from workshop_ranking where meeting_id = :meeting").bind("meeting", meetingId).execute();
      h.createUpdate("""
              insert into workshop_ranking (team_id, meeting_id, closes_at, rounds, opened_by, opened_at)
              values (:team, :meeting, :closes, :rounds, :by, :now)
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("closes", closesAt)
          .bind("rounds", rounds.isEmpty() ? null : new TreeSet<>(rounds).stream().map(String::valueOf)
              .collect(Collectors.joining(",")))
          .bind("by", by).bind("now", now).execute();
    });
  }

  Optional<Instant> closesAt(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select closes_at from workshop_ranking where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(Instant.class).findOne());
  }

  /** The rounds that rank as stored: empty means every round (or no ranking at all). */
  Set<Integer> rounds(long meetingId) {
    String rounds = jdbi.withHandle(h -> h.createQuery("select rounds from workshop_ranking where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(String.class).list()).stream().filter(r -> r != null).findFirst().orElse(null);
    return rounds == null ? Set.of()
        : Arrays.stream(rounds.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }

  boolean assigned(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from workshop_assignment where meeting_id = :meeting")
        .bind("meeting", meetingId).mapTo(Integer.class).one() > 0);
  }

  /** Replaces a member's ranking in one round by {@code workshopIds}, first choice first. */
  void rank(String teamId, long meetingId, String userId, int round, List<Long> workshopIds, Instant now) {
    jdbi.useTransaction(h -> {
      h.createUpdate("""
              delete from workshop_rank where meeting_id = :meeting and user_id = :user and round = :round
              """)
          .bind("meeting", meetingId).bind("user", userId).bind("round", round).execute();
      for (int i = 0; i < workshopIds.size(); i++) {
        h.createUpdate("""
                insert into workshop_rank (team_id, meeting_id, user_id, round, position, workshop_id, ranked_at)
                values (:team, :meeting, :user, :round, :position, :workshop, :now)
                """)
            .bind("team", teamId).bind("meeting", meetingId).bind("user", userId).bind("round", round)
            .bind("position", i + 1).bind("workshop", workshopIds.get(i)).bind("now", now).execute();
      }
    });
  }

  /** A member's ranked workshop ids, by round then position. */
  List<long[]> ranking(long meetingId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select round, workshop_id from workshop_rank where meeting_id = :meeting and user_id = :user
            order by round, position
            """)
        .bind("meeting", meetingId).bind("user", userId)
        .map((rs, ctx) -> new long[] {rs.getInt("round"), rs.getLong("workshop_id")}).list());
  }
  /** An open ranking whose nudge was not sent yet. */
  record Unnudged(String teamId, long meetingId, Instant openedAt, Instant closesAt) {}

  List<Unnudged> unnudged() {
    return jdbi.withHandle(h -> h.createQuery("""
            select r.team_id, r.meeting_id, r.opened_at, r.closes_at from workshop_ranking r
            where r.nudged_at is null
              and not exists (select 1 from workshop_assignment a where a.meeting_id = r.meeting_id)
            """)
        .map((rs, ctx) -> new Unnudged(rs.getString("team_id"), rs.getLong("meeting_id"),
            Instant.parse(rs.getString("opened_at")), Instant.parse(rs.getString("closes_at")))).list());
  }

  /** Per member, the rounds they ranked in. */
  Map<String, Set<Integer>> rankedRounds(long meetingId) {
    Map<String, Set<Integer>> rounds = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select distinct user_id, round from workshop_rank where meeting_id = :meeting")
        .bind("meeting", meetingId)
        .map((rs, ctx) -> rounds.computeIfAbsent(rs.getString("user_id"), u -> new TreeSet<>()).add(rs.getInt("round")))
        .list());
    return rounds;
  }

  /**
   * Claims the one nudge of a ranking and queues a notice per member in one transaction: false (nothing
   * queued) if it was claimed before, so a second run or a restart never nudges twice.
   */
  boolean claimNudge(String teamId, long networkId, long meetingId, List<String> users, Outbox outbox, Instant now) {
    return jdbi.inTransaction(h -> {
      int claimed = h.createUpdate(
              "update workshop_ranking set nudged_at = :now where meeting_id = :meeting and nudged_at is null")
          .bind("now", now).bind("meeting", meetingId).execute();
      if (claimed == 1) {
        users.forEach(user -> outbox.notice(h, teamId, networkId, NUDGE, meetingId + ";" + user));
      }
      return claimed == 1;
    });
  }
}
