package nl.samen.plan;

import java.util.List;

/** A goal with its activities in number order. */
public record GoalPlan(Goal goal, List<TrackedActivity> activities) {
  public GoalPlan {
    activities = List.copyOf(activities);
  }
}
