package nl.samen.plan;

import java.util.Locale;
import nl.samen.slack.Texts;

/** Words and marks for the plan that Slack messages, files and the report page share. */
public final class PlanTexts {
  private static final int BAR_CELLS = 10;

  private PlanTexts() {}

  /** {@code ▓▓▓▓▓▓░░░░ 60%}: one cell per full ten percent. */
  public static String progressBar(int percent) {
    int full = Math.max(0, Math.min(BAR_CELLS, percent / (100 / BAR_CELLS)));
    return "▓".repeat(full) + "░".repeat(BAR_CELLS - full) + " " + percent + "%";
  }

  public static String status(TrackedActivity.Status status, Locale locale) {
    return Texts.get(locale, "plan.status." + status.name().toLowerCase(Locale.ROOT));
  }
}
