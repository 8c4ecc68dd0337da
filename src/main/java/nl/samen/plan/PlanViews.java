package nl.samen.plan;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit and mrkdwn for the plan: the year at a glance, activity lines, the budget. Pure functions. */
final class PlanViews {
  /** Slack's limit for a section's text is 3000 characters; stay clear of it. */
  static final int SECTION_LIMIT = 2800;
  /** Slack allows 50 blocks in a message; keep two for the budget and one for "more". */
  static final int MAX_BLOCKS = 47;

  private PlanViews() {}

  public static List<LayoutBlock> plan(Network network, Plan plan, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = Escape.plain(Texts.get(locale, "plan.view.title", plan.year().name(), network.name()));
    // A header holds at most 150 characters.
    blocks.add(header(h -> h.text(plainText(title.length() > 150 ? title.substring(0, 149) + "…" : title))));
    if (plan.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(Texts.get(locale, "plan.view.empty", plan.year().name())))));
      return blocks;
    }
    List<String> lines = new ArrayList<>();
    for (GoalPlan goal : plan.goals()) {
      lines.add(Texts.get(locale, "plan.view.goal", goal.goal().number(), Escape.mrkdwn(goal.goal().title())));
      goal.activities().forEach(a -> lines.add(activity(a, network.zone(), locale)));
      if (goal.activities().isEmpty()) {
        lines.add("_" + Texts.get(locale, "plan.view.noActivities", goal.goal().number()) + "_");
      }
      lines.add("");
    }
    for (String text : chunks(lines)) {
      if (blocks.size() >= MAX_BLOCKS) {
        blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "plan.view.more"))))));
        break;
      }
      blocks.add(section(s -> s.text(markdownText(text))));
    }
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText(budgetSummary(plan.budget(), locale)))));
    return blocks;
  }

  /** One activity: number, title, status, bar, due date, owner; the latest note and outcomes below. */
  static String activity(TrackedActivity tracked, ZoneId zone, Locale locale) {
    Activity a = tracked.activity();
    StringBuilder line = new StringBuilder("`#" + a.number() + "` *" + Escape.mrkdwn(a.title()) + "* · _"
        + PlanTexts.status(tracked.status(), locale) + "_ · " + PlanTexts.progressBar(tracked.progress()));
    line.append(activityDetails(a, locale).replace("\n", " · "));
    tracked.latestNote().ifPresent(n -> line.append("\n> ").append(Escape.mrkdwn(n.note().orElse("")))
        .append(" — <@").append(n.actor()).append(">, ").append(Formats.date(n.at().atZone(zone).toLocalDate(), locale)));
    tracked.outcomes().forEach(o -> line.append("\n:seedling: ").append(Texts.get(locale, "plan.view.outcome",
        Escape.mrkdwn(o.note().orElse("")))));
    return line.toString();
  }

  /** Due date, meeting and owner, each on a line of its own starting with a newline; empty if none. */
  static String activityDetails(Activity a, Locale locale) {
    StringBuilder text = new StringBuilder();
    a.due().ifPresent(d -> text.append("\n").append(Texts.get(locale, "plan.view.due", Formats.date(d, locale))));
    a.meetingId().ifPresent(m -> text.append("\n").append(Texts.get(locale, "plan.view.meeting", m)));
    a.owner().ifPresent(o -> text.append("\n").append(Texts.get(locale, "plan.view.owner", o)));
    return text.toString();
  }

  public static String budgetSummary(Budget budget, Locale locale) {
    return Texts.get(locale, budget.left().isNegative() ? "plan.budget.summaryOver" : "plan.budget.summary",
        budget.set().map(m -> m.format(locale)).orElse(Texts.get(locale, "plan.budget.notSet")),
        budget.spent().format(locale), new Money(Math.abs(budget.left().cents())).format(locale));
  }

  static String budgetLines(Budget budget, ZoneId zone, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (BudgetLine line : budget.lines()) {
      String date = Formats.date(line.at().atZone(zone).toLocalDate(), locale);
      text.append(line.kind() == BudgetLine.Kind.SET
          ? Texts.get(locale, "plan.budget.lineSet", date, line.amount().format(locale), line.actor())
          : Texts.get(locale, "plan.budget.lineSpend", date, line.amount().format(locale),
              Escape.mrkdwn(line.description().orElse("")), line.actor())).append("\n");
    }
    return text.append(budgetSummary(budget, locale)).toString();
  }

  /**
   * Joins lines into texts that each fit in one section; an activity with many long outcomes is split
   * at its own lines rather than cut.
   */
  static List<String> chunks(List<String> lines) {
    return Sections.chunks(lines, SECTION_LIMIT);
  }
}
