package nl.samen.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Goals, activities and their history in SQLite; a year's plan is read in three queries. */
public final class PlanRepository {
  private final Jdbi jdbi;

  public PlanRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Numbers the goal as the network's next one, in the same transaction as the insert. */
  Goal insertGoal(String teamId, long networkId, SchoolYear year, String title, String by, Instant at) {
    return jdbi.inTransaction(h -> {
      int number = nextNumber(h, "plan_goal", networkId);
      long id = h.createUpdate("""
              insert into plan_goal (team_id, network_id, number, school_year, title, created_by, created_at)
              values (:team, :network, :number, :year, :title, :by, :at)
              """)
          .bind("team", teamId).bind("network", networkId).bind("number", number)
          .bind("year", year.name()).bind("title", title).bind("by", by).bind("at", at)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new Goal(id, teamId, networkId, number, year, title, by, at);
    });
  }

  Activity insertActivity(Goal goal, ActivityDraft draft, String by, Instant at) {
    return jdbi.inTransaction(h -> {
      int number = nextNumber(h, "plan_activity", goal.networkId());
      long id = h.createUpdate("""
              insert into plan_activity (team_id, network_id, goal_id, number, title, due_date,
                                         meeting_id, owner, created_by, created_at)
              values (:team, :network, :goal, :number, :title, :due, :meeting, :owner, :by, :at)
              """)
          .bind("team", goal.teamId()).bind("network", goal.networkId()).bind("goal", goal.id())
          .bind("number", number).bind("title", draft.title()).bind("due", draft.due().orElse(null))
          .bind("meeting", draft.meetingId().orElse(null)).bind("owner", draft.owner().orElse(null))
          .bind("by", by).bind("at", at)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      return new Activity(id, goal.teamId(), goal.id(), number, draft.title(), draft.due(),
          draft.meetingId(), draft.owner(), by, at);
    });
  }

  private static int nextNumber(Handle h, String table, long networkId) {
    return h.createQuery("select coalesce(max(number), 0) + 1 from " + table + " where network_id = :network")
        .bind("network", networkId).mapTo(Integer.class).one();
  }

  Optional<Goal> goal(long networkId, int number) {
    return jdbi.withHandle(h -> h.createQuery("select * from plan_goal where network_id = :network and number = :number")
        .bind("network", networkId).bind("number", number).map(PlanRepository::goalRow).findOne());
  }

  Optional<Goal> goalById(long id) {
    return jdbi.withHandle(h -> h.createQuery("select * from plan_goal where id = :id")
        .bind("id", id).map(PlanRepository::goalRow).findOne());
  }

  Optional<TrackedActivity> activity(long networkId, int number) {
    return jdbi.withHandle(h -> h.createQuery("select * from plan_activity where network_id = :network and number = :number")
        .bind("network", networkId).bind("number", number).map(PlanRepository::activityRow).findOne()
        .map(a -> new TrackedActivity(a, history(h, a.id()))));
  }

  /**
   * Adds an event to an activity if {@code allowed} still holds for its history, read in the same
   * write transaction so two people closing the same activity cannot both succeed.
   */
  Optional<TrackedActivity> addEvent(Activity activity, ActivityEvent event, Predicate<TrackedActivity> allowed) {
    return jdbi.inTransaction(h -> {
      TrackedActivity now = new TrackedActivity(activity, history(h, activity.id()));
      if (!allowed.test(now)) {
        return Optional.empty();
      }
      h.createUpdate("""
              insert into plan_event (team_id, activity_id, kind, percent, note, actor, at)
              values (:team, :activity, :kind, :percent, :note, :actor, :at)
              """)
          .bind("team", activity.teamId()).bind("activity", activity.id()).bind("kind", event.kind().code())
          .bind("percent", event.percent().orElse(null)).bind("note", event.note().orElse(null))
          .bind("actor", event.actor()).bind("at", event.at())
          .execute();
      return Optional.of(new TrackedActivity(activity, history(h, activity.id())));
    });
  }

  private static List<ActivityEvent> history(Handle h, long activityId) {
    return h.createQuery("select * from plan_event where activity_id = :activity order by id")
        .bind("activity", activityId).map(PlanRepository::eventRow).list();
  }

  /** The year's goals with their activities and full histories, in number order. */
  List<GoalPlan> goals(long networkId, SchoolYear year) {
    return jdbi.withHandle(h -> {
      List<Goal> goals = h.createQuery("""
              select * from plan_goal where network_id = :network and school_year = :year order by number
              """)
          .bind("network", networkId).bind("year", year.name()).map(PlanRepository::goalRow).list();
      List<Activity> activities = h.createQuery("""
              select a.* from plan_activity a join plan_goal g on g.id = a.goal_id
              where g.network_id = :network and g.school_year = :year order by a.number
              """)
          .bind("network", networkId).bind("year", year.name()).map(PlanRepository::activityRow).list();
      Map<Long, List<ActivityEvent>> events = new LinkedHashMap<>();
      h.createQuery("""
              select e.* from plan_event e join plan_activity a on a.id = e.activity_id
              join plan_goal g on g.id = a.goal_id
              where g.network_id = :network and g.school_year = :year order by e.id
              """)
          .bind("network", networkId).bind("year", year.name()).map(PlanRepository::eventRow)
          .forEach(e -> events.computeIfAbsent(e.activityId(), k -> new ArrayList<>()).add(e));
      return goals.stream().map(g -> new GoalPlan(g, activities.stream()
              .filter(a -> a.goalId() == g.id())
              .map(a -> new TrackedActivity(a, events.getOrDefault(a.id(), List.of())))
              .toList()))
          .toList();
    });
  }

  private static Goal goalRow(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Goal(rs.getLong("id"), rs.getString("team_id"), rs.getLong("network_id"), rs.getInt("number"),
        SchoolYear.parse(rs.getString("school_year")).orElseThrow(), rs.getString("title"),
        rs.getString("created_by"), Instant.parse(rs.getString("created_at")));
  }

  private static Activity activityRow(ResultSet rs, StatementContext ctx) throws SQLException {
    long meeting = rs.getLong("meeting_id");
    Optional<Long> meetingId = rs.wasNull() ? Optional.empty() : Optional.of(meeting);
    return new Activity(rs.getLong("id"), rs.getString("team_id"), rs.getLong("goal_id"), rs.getInt("number"),
        rs.getString("title"), Optional.ofNullable(rs.getString("due_date")).map(LocalDate::parse), meetingId,
        Optional.ofNullable(rs.getString("owner")), rs.getString("created_by"),
        Instant.parse(rs.getString("created_at")));
  }

  private static ActivityEvent eventRow(ResultSet rs, StatementContext ctx) throws SQLException {
    int percent = rs.getInt("percent");
    Optional<Integer> maybePercent = rs.wasNull() ? Optional.empty() : Optional.of(percent);
    return new ActivityEvent(rs.getLong("activity_id"), ActivityEvent.Kind.fromCode(rs.getString("kind")),
        maybePercent, Optional.ofNullable(rs.getString("note")), rs.getString("actor"),
        Instant.parse(rs.getString("at")));
  }
}
