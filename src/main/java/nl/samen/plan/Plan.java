package nl.samen.plan;

import java.util.List;
import nl.samen.network.SchoolYear;

/** A network's annual plan for one school year: its goals with activities, and its budget. */
public record Plan(long networkId, SchoolYear year, List<GoalPlan> goals, Budget budget) {
  public Plan {
    goals = List.copyOf(goals);
  }

  public boolean isEmpty() {
    return goals.isEmpty() && budget.lines().isEmpty();
  }

  public List<TrackedActivity> activities() {
    return goals.stream().flatMap(g -> g.activities().stream()).toList();
  }
}
