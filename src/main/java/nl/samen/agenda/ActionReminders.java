package nl.samen.agenda;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.schedule.Timer;
import nl.samen.slack.BlockJson;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timed work of action items: a DM to the owner {@link ActionService#REMIND_DAYS_BEFORE} days
 * before the due date, with a button that closes the action. Runs again when the next one falls due.
 */
final class ActionReminders implements Timer.Work {
  static final String ACTION_DONE = "agenda_action_done";
  private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

  private final ActionService actions;
  private final Outbox outbox;
  private final People people;
  private final Clock clock;

  ActionReminders(ActionService actions, Outbox outbox, People people, Clock clock) {
    this.actions = actions;
    this.outbox = outbox;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public Optional<Instant> run() {
    try {
      ActionService.Reminders reminders = actions.dueReminders();
      boolean queued = false;
      for (ActionService.DueReminder due : reminders.due()) {
        queued |= actions.remind(due, dm(due.action(), people.localeOf(due.action().owner())), outbox);
      }
      if (queued) {
        outbox.wake();
      }
      return reminders.next();
    } catch (RuntimeException e) {
      log.error("Reminding action owners failed; trying again in a minute", e);
      return Optional.of(clock.instant().plus(Duration.ofMinutes(1)));
    }
  }

  private static Outbox.Message dm(Action action, Locale locale) {
    String text = ActionViews.reminder(action, locale);
    return new Outbox.Message(action.owner(), text, BlockJson.json(List.of(
        section(s -> s.text(markdownText(text))),
        actions(a -> a.elements(List.of(button(b -> b.actionId(ACTION_DONE).style("primary")
            .value(action.networkId() + ":" + action.number())
            .text(plainText(ActionViews.doneButton(locale))))))))));
  }
}
