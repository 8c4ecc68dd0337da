package nl.samen.plan;

import java.util.List;
import nl.samen.home.HomeSection;
import nl.samen.home.HomeUser;
import nl.samen.network.Network;
import nl.samen.slack.Texts;

/** The plan's progress at a glance under each network on the App Home. */
final class PlanHomeSection implements HomeSection {
  private final PlanService plans;

  public PlanHomeSection(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public List<String> networkLines(Network network, HomeUser user) {
    Plan plan = plans.plan(network, plans.currentYear(network));
    List<TrackedActivity> active = plan.activities().stream()
        .filter(a -> a.status() != TrackedActivity.Status.DROPPED)
        .toList();
    if (active.isEmpty()) {
      return List.of();
    }
    long done = active.stream().filter(a -> a.status() == TrackedActivity.Status.DONE).count();
    int average = (int) Math.round(active.stream().mapToInt(TrackedActivity::progress).average().orElse(0));
    return List.of(Texts.get(user.locale(), "plan.home.progress", plan.year().name(), done, active.size(),
        PlanTexts.progressBar(average)));
  }
}
