package nl.samen.plan;

import java.util.Locale;
import java.util.Optional;
import nl.samen.agenda.PlanActivities;
import nl.samen.network.Network;
import nl.samen.slack.Texts;

/**
 * The plan's side of action items tied to an activity: the activity must exist, and an action done
 * becomes a line in its history, in the workspace's language (the history is everyone's).
 */
public final class ActionActivities implements PlanActivities {
  private final PlanService plans;
  private final Locale locale;

  public ActionActivities(PlanService plans, Locale locale) {
    this.plans = plans;
    this.locale = locale;
  }

  @Override
  public Optional<String> title(Network network, int activity) {
    return plans.activity(network, activity).map(a -> a.activity().title());
  }

  @Override
  public void actionDone(Network network, int activity, int action, Optional<String> note, String actor) {
    String line = note.map(n -> Texts.get(locale, "plan.history.actionDoneNote", action, n))
        .orElseGet(() -> Texts.get(locale, "plan.history.actionDone", action));
    plans.recordNote(network, actor, activity, line);
  }
}
