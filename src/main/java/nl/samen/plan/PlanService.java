package nl.samen.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps a network's annual plan: coordinators add goals, activities and budget lines; coordinators
 * and an activity's owner record its progress, close it and add outcomes. Every change is a new row.
 */
public final class PlanService {
  private final PlanRepository plans;
  private final BudgetRepository budgets;
  private final NetworkService networks;
  private final MeetingService meetings;
  private final Clock clock;

  public PlanService(PlanRepository plans, BudgetRepository budgets, NetworkService networks,
      MeetingService meetings, Clock clock) {
    this.plans = plans;
    this.budgets = budgets;
    this.networks = networks;
    this.meetings = meetings;
    this.clock = clock;
  }

  /** The plan on its own tables: built before the report, which reads it and answers {@code plan report}. */
  public static PlanService of(Jdbi jdbi, NetworkService networks, MeetingService meetings, Clock clock) {
    return new PlanService(new PlanRepository(jdbi), new BudgetRepository(jdbi), networks, meetings, clock);
  }

  public sealed interface Adding {
    record GoalAdded(Goal goal) implements Adding {}

    record ActivityAdded(Activity activity, Goal goal) implements Adding {}

    record NotCoordinator() implements Adding {}

    record NoSuchGoal(int number) implements Adding {}

    record DueOutsideYear(SchoolYear year) implements Adding {}

    record NoSuchMeeting(long id) implements Adding {}
  }

  public sealed interface Change {
    record Recorded(TrackedActivity activity) implements Change {}

    record NotAllowed() implements Change {}

    record NoSuchActivity(int number) implements Change {}

    record AlreadyClosed(TrackedActivity activity) implements Change {}
  }

  public sealed interface BudgetChange {
    record Recorded(Budget budget) implements BudgetChange {}

    record NotCoordinator() implements BudgetChange {}
  }

  /** The school year "now" falls in, by the network's local date. */
  public SchoolYear currentYear(Network network) {
    return SchoolYear.of(clock.instant().atZone(network.zone()).toLocalDate());
  }

  public Plan plan(Network network, SchoolYear year) {
    return new Plan(network.id(), year, plans.goals(network.id(), year), budgets.budget(network.id(), year));
  }

  public Adding addGoal(Network network, String actor, SchoolYear year, String title) {
    if (!networks.isCoordinator(network, actor)) {
      return new Adding.NotCoordinator();
    }
    return new Adding.GoalAdded(plans.insertGoal(network.teamId(), network.id(), year, title, actor, now()));
  }

  public Adding addActivity(Network network, String actor, ActivityDraft draft) {
    if (!networks.isCoordinator(network, actor)) {
      return new Adding.NotCoordinator();
    }
    Optional<Goal> goal = plans.goal(network.id(), draft.goalNumber());
    if (goal.isEmpty()) {
      return new Adding.NoSuchGoal(draft.goalNumber());
    }
    SchoolYear year = goal.get().year();
    if (draft.due().isPresent() && !year.contains(draft.due().get())) {
      return new Adding.DueOutsideYear(year);
    }
    if (draft.meetingId().isPresent() && meetings.meeting(network.teamId(), draft.meetingId().get())
        .filter(m -> m.networkId() == network.id()).isEmpty()) {
      return new Adding.NoSuchMeeting(draft.meetingId().get());
    }
    return new Adding.ActivityAdded(plans.insertActivity(goal.get(), draft, actor, now()), goal.get());
  }

  public Change recordProgress(Network network, String actor, int activityNumber, int percent, Optional<String> note) {
    return change(network, actor, activityNumber, ActivityEvent.Kind.PROGRESS, Optional.of(percent), note,
        a -> !a.closed());
  }

  public Change markDone(Network network, String actor, int activityNumber, Optional<String> note) {
    return change(network, actor, activityNumber, ActivityEvent.Kind.DONE, Optional.empty(), note, a -> !a.closed());
  }

  public Change markDropped(Network network, String actor, int activityNumber, Optional<String> note) {
    return change(network, actor, activityNumber, ActivityEvent.Kind.DROPPED, Optional.empty(), note,
        a -> !a.closed());
  }

  /** The network's activity with this number, with its history. */
  public Optional<TrackedActivity> activity(Network network, int activityNumber) {
    return plans.activity(network.id(), activityNumber);
  }

  /**
   * A note in an activity's history from elsewhere (an action item tied to it was done): whoever was
   * allowed to close that may leave it, and an activity that closed keeps its history complete.
   */
  public Optional<TrackedActivity> recordNote(Network network, String actor, int activityNumber, String note) {
    return plans.activity(network.id(), activityNumber).flatMap(found -> plans.addEvent(found.activity(),
        new ActivityEvent(found.activity().id(), ActivityEvent.Kind.PROGRESS, Optional.empty(), Optional.of(note),
            actor, now()), a -> true));
  }

  /** Outcomes may still be added after an activity closed: that is often when they show. */
  public Change recordOutcome(Network network, String actor, int activityNumber, String outcome) {
    return change(network, actor, activityNumber, ActivityEvent.Kind.OUTCOME, Optional.empty(),
        Optional.of(outcome), a -> true);
  }

  private Change change(Network network, String actor, int number, ActivityEvent.Kind kind,
      Optional<Integer> percent, Optional<String> note, Predicate<TrackedActivity> allowed) {
    Optional<TrackedActivity> found = plans.activity(network.id(), number);
    if (found.isEmpty()) {
      return new Change.NoSuchActivity(number);
    }
    Activity activity = found.get().activity();
    if (!activity.ownedBy(actor) && !networks.isCoordinator(network, actor)) {
      return new Change.NotAllowed();
    }
    ActivityEvent event = new ActivityEvent(activity.id(), kind, percent, note, actor, now());
    return plans.addEvent(activity, event, allowed)
        .<Change>map(Change.Recorded::new)
        .orElseGet(() -> new Change.AlreadyClosed(plans.activity(network.id(), number).orElseThrow()));
  }

  public BudgetChange setBudget(Network network, String actor, SchoolYear year, Money amount) {
    return addBudgetLine(network, year, new BudgetLine(BudgetLine.Kind.SET, amount, Optional.empty(), actor, now()));
  }

  public BudgetChange recordSpending(Network network, String actor, SchoolYear year, Money amount, String what) {
    return addBudgetLine(network, year, new BudgetLine(BudgetLine.Kind.SPEND, amount, Optional.of(what), actor, now()));
  }

  private BudgetChange addBudgetLine(Network network, SchoolYear year, BudgetLine line) {
    if (!networks.isCoordinator(network, line.actor())) {
      return new BudgetChange.NotCoordinator();
    }
    budgets.add(network.teamId(), network.id(), year, line);
    return new BudgetChange.Recorded(budgets.budget(network.id(), year));
  }

  /** Stored instants are whole seconds; the records returned say the same as the rows. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
