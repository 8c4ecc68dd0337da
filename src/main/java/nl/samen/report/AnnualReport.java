package nl.samen.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.samen.plan.ActivityEvent;
import nl.samen.plan.BudgetLine;
import nl.samen.plan.Plan;
import nl.samen.plan.TrackedActivity;
import nl.samen.network.SchoolYear;

/**
 * Everything a network accounts for over one school year: the plan with its history, the meetings
 * held with who was there, attendance per school, the budget and the schools' focus themes.
 */
public record AnnualReport(
    String networkName,
    SchoolYear year,
    ZoneId zone,
    Instant generatedAt,
    String generatedBy,
    Plan plan,
    List<HeldMeeting> meetings,
    List<SchoolAttendance> schools,
    int members,
    List<FocusTheme> themes) {

  /** A focus theme (speerpunt) with the network's schools that work on it this year. */
  public record FocusTheme(String theme, List<String> schools) {}

  /** Every person the report names, so that names can be looked up once and the page withdrawn on forget. */
  public Set<String> people() {
    Set<String> people = new LinkedHashSet<>();
    people.add(generatedBy);
    for (TrackedActivity a : plan.activities()) {
      a.activity().owner().ifPresent(people::add);
      a.history().stream().map(ActivityEvent::actor).forEach(people::add);
    }
    plan.budget().lines().stream().map(BudgetLine::actor).forEach(people::add);
    meetings.forEach(m -> m.presence().forEach(p -> people.add(p.userId())));
    meetings.forEach(m -> m.actions().stream().map(a -> a.owner()).filter(o -> !ActionStates.forgotten(o))
        .forEach(people::add));
    return people;
  }

  public int totalPresent() {
    return meetings.stream().mapToInt(HeldMeeting::presentCount).sum();
  }
}
