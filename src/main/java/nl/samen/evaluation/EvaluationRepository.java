package nl.samen.evaluation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samen.slack.outbox.Outbox;
import nl.samen.storage.TimeColumns;
import org.jdbi.v3.core.Jdbi;

/** The evaluation tables: the claim per meeting that the question went out, and the anonymous answers. */
final class EvaluationRepository {
  /** The outbox notice of one person's question; payload {@code meetingId;userId}. */
  static final String ASK = "evaluation.ask";

  private final Jdbi jdbi;

  EvaluationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Of these meetings, the ones whose question was claimed already (sent or skipped). */
  Set<Long> claimed(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbi.withHandle(h -> h.createQuery(
            "select meeting_id from evaluation_request where meeting_id in (<ids>)")
        .bindList("ids", meetingIds).mapTo(Long.class).list()));
  }

  /**
   * Claims the meeting's question and queues one notice per person, in one transaction: false if
   * it was claimed before, so nobody is asked twice, not even after a restart.
   */
  boolean claim(String teamId, long networkId, long meetingId, List<String> recipients, Outbox outbox, Instant now) {
    return jdbi.inTransaction(h -> {
      int claimed = h.createUpdate("""
              insert into evaluation_request (team_id, meeting_id, network_id, recipients, asked_at)
              values (:team, :meeting, :network, :recipients, :now)
              on conflict do nothing
              """)
          .bind("team", teamId).bind("meeting", meetingId).bind("network", networkId)
          .bind("recipients", recipients.size()).bind("now", TimeColumns.instant(now)).execute();
      if (claimed == 0) {
        return false;
      }
      recipients.forEach(user -> outbox.notice(h, teamId, networkId, ASK, meetingId + ";" + user));
      return true;
    });
  }

  /** The meetings of a network whose members were asked, latest first. */
  List<Long> asked(long networkId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select meeting_id from evaluation_request where network_id = :network and recipients > 0
            order by asked_at desc, meeting_id desc limit :limit
            """).bind("network", networkId).bind("limit", limit).mapTo(Long.class).list());
  }

  boolean wasAsked(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select count(*) from evaluation_request where meeting_id = :meeting and recipients > 0")
        .bind("meeting", meetingId).mapTo(Integer.class).one()) > 0;
  }

  /** Sets the person's score, keeping a remark they gave. */
  void saveScore(String teamId, long meetingId, String voter, int score, Instant now) {
    upsert(teamId, meetingId, voter, "score", score, now);
  }

  /** Sets the person's remark, keeping a score they gave. */
  void saveRemark(String teamId, long meetingId, String voter, String remark, Instant now) {
    upsert(teamId, meetingId, voter, "remark", remark, now);
  }

  private void upsert(String teamId, long meetingId, String voter, String column, Object value, Instant now) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into evaluation_answer (team_id, meeting_id, voter, <column>, answered_at)
            values (:team, :meeting, :voter, :value, :now)
            on conflict (meeting_id, voter) do update set <column> = excluded.<column>, answered_at = excluded.answered_at
            """)
        .define("column", column)
        .bind("team", teamId).bind("meeting", meetingId).bind("voter", voter).bind("value", value)
        .bind("now", TimeColumns.instant(now)).execute());
  }

  /** Every score of the meeting, without who gave it. */
  List<Integer> scores(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select score from evaluation_answer where meeting_id = :meeting and score is not null")
        .bind("meeting", meetingId).mapTo(Integer.class).list());
  }

  /** Every remark of the meeting, without who wrote it, in an order that does not follow time. */
  List<String> remarks(long meetingId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select remark from evaluation_answer where meeting_id = :meeting and remark is not null
            order by remark
            """).bind("meeting", meetingId).mapTo(String.class).list());
  }

  /** A person's own answers, for their privacy export: meeting id → score and remark. */
  List<Map<String, Object>> answersOf(String teamId, String voter) {
    return jdbi.withHandle(h -> h.createQuery("""
            select meeting_id, score, remark, answered_at from evaluation_answer
            where team_id = :team and voter = :voter order by meeting_id
            """).bind("team", teamId).bind("voter", voter)
        .map((rs, ctx) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("meeting", rs.getLong("meeting_id"));
          row.put("score", rs.getObject("score") == null ? null : rs.getInt("score"));
          row.put("remark", rs.getString("remark"));
          row.put("answered at", rs.getString("answered_at"));
          return row;
        }).list());
  }

  /** Forget: the person's remarks go, their scores stay for the counts but no longer point to them. */
  void forget(String teamId, String voter) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from evaluation_answer where team_id = :team and voter = :voter and score is null")
          .bind("team", teamId).bind("voter", voter).execute();
      h.createUpdate("update evaluation_answer set remark = null, voter = null where team_id = :team and voter = :voter")
          .bind("team", teamId).bind("voter", voter).execute();
    });
  }
}
