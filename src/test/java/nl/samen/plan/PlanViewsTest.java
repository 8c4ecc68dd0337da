package nl.samen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.network.SchoolYear;
import org.junit.jupiter.api.Test;

class PlanViewsTest {
  private static final Instant AT = Instant.parse("2026-10-01T08:00:00Z");
  private static final Network NETWORK = new Network(1, "T", "C", "IB-netwerk", false,
      ZoneId.of("Europe/Amsterdam"), 48, "U0", AT);

  private static Plan bigPlan(int goals, int activitiesPerGoal, int noteLength) {
    List<GoalPlan> plan = new ArrayList<>();
    int number = 1;
    for (int g = 1; g <= goals; g++) {
      Goal goal = new Goal(g, "T", 1, g, new SchoolYear(2026), "Doel " + g, "U0", AT);
      List<TrackedActivity> activities = new ArrayList<>();
      for (int a = 0; a < activitiesPerGoal; a++, number++) {
        Activity activity = new Activity(number, "T", g, number, "Activiteit " + number,
            Optional.of(LocalDate.of(2027, 3, 1)), Optional.of(7L), Optional.of("U1"), "U0", AT);
        activities.add(new TrackedActivity(activity, List.of(
            new ActivityEvent(number, ActivityEvent.Kind.PROGRESS, Optional.of(50), Optional.of("n".repeat(noteLength)),
                "U1", AT),
            new ActivityEvent(number, ActivityEvent.Kind.OUTCOME, Optional.empty(), Optional.of("opbrengst"), "U1", AT))));
      }
      plan.add(new GoalPlan(goal, activities));
    }
    return new Plan(1, new SchoolYear(2026), plan, new Budget(List.of()));
  }

  @Test
  void aLargePlan_staysWithinSlacksLimits_ofFiftyBlocksAndThreeThousandCharactersASection() {
    List<LayoutBlock> blocks = PlanViews.plan(NETWORK, bigPlan(6, 5, 400), Locale.ENGLISH);

    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    blocks.stream().filter(b -> b instanceof SectionBlock).map(b -> ((SectionBlock) b).getText().getText())
        .forEach(text -> assertThat(text.length()).isLessThanOrEqualTo(3000));
    String all = blocks.toString();
    assertThat(all).contains("Activiteit 1*", "Activiteit 30*", ":moneybag:");
  }

  @Test
  void aPlanTooLargeForOneMessage_pointsToTheReport_andStillShowsTheBudget() {
    List<LayoutBlock> blocks = PlanViews.plan(NETWORK, bigPlan(10, 10, 2500), Locale.ENGLISH);

    assertThat(blocks.size()).isLessThanOrEqualTo(50);
    assertThat(blocks.toString()).contains("More in the annual report", ":moneybag:");
  }

  @Test
  void userText_cannotPingOrFormat() {
    Goal goal = new Goal(1, "T", 1, 1, new SchoolYear(2026), "<!channel> *vet*", "U0", AT);
    Plan plan = new Plan(1, new SchoolYear(2026), List.of(new GoalPlan(goal, List.of())), new Budget(List.of()));

    String text = PlanViews.plan(NETWORK, plan, Locale.ENGLISH).toString();

    assertThat(text).doesNotContain("<!channel>", "*vet*").contains("@\u200Bchannel");
  }
}
