package nl.samen.agenda;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Action items as mrkdwn: the {@code actions} list and the section on the next meeting's agenda. Pure functions. */
final class ActionViews {
  private ActionViews() {}

  /** "*3.* Rooster delen — @owner, due 10 December 2026 _(#1, item 2)_", overdue after {@code today}. */
  static String line(Action action, LocalDate today, Locale locale) {
    String key = action.due().isBefore(today) ? "agenda.action.line.overdue" : "agenda.action.line";
    return Texts.get(locale, key, action.number(), Escape.mrkdwn(action.what()), owner(action.owner(), locale),
        Formats.date(action.due(), locale), action.meetingId(), action.itemNumber())
        + action.activity().map(n -> " " + Texts.get(locale, "agenda.action.line.activity", n)).orElse("");
  }

  /** On the owner's App Home: "*3.* Rooster delen — due 10 December 2026 · _IB-netwerk_", overdue marked. */
  static String homeLine(Action action, String network, LocalDate today, Locale locale) {
    String key = action.due().isBefore(today) ? "agenda.action.home.overdue" : "agenda.action.home.line";
    return Texts.get(locale, key, action.number(), Escape.mrkdwn(action.what()), Formats.date(action.due(), locale),
        Escape.mrkdwn(network));
  }

  /** In the owner's meeting reminder, plain text (reminders escape it): "3. Rooster delen (due 10 December 2026)". */
  static String reminderLine(Action action, LocalDate today, Locale locale) {
    String key = action.due().isBefore(today) ? "agenda.action.reminder.overdue" : "agenda.action.reminder.line";
    return Texts.get(locale, key, action.number(), Escape.plain(action.what()), Formats.date(action.due(), locale));
  }

  static String more(int more, Locale locale) {
    return Texts.get(locale, "agenda.action.reminder.more", more);
  }

  /** A forgotten owner is shown as a former member, not as a placeholder id. */
  static String owner(String owner, Locale locale) {
    return owner.startsWith("forgotten-") ? Texts.get(locale, "agenda.action.formerMember") : "<@" + owner + ">";
  }

  /** The "Action items" section of an agenda; none when nothing is open. */
  static List<LayoutBlock> agendaSection(List<Action> open, LocalDate today, Locale locale) {
    if (open.isEmpty()) {
      return List.of();
    }
    return Sections.of("*" + Texts.get(locale, "agenda.action.agendaHeading") + "*",
        open.stream().map(a -> line(a, today, locale)).toList());
  }

  /** The owner's DM before the due date. */
  static String reminder(Action action, Locale locale) {
    return Texts.get(locale, "agenda.action.dm.reminder", action.number(), Escape.mrkdwn(action.what()),
        Formats.date(action.due(), locale), action.meetingId());
  }

  static String doneButton(Locale locale) {
    return Texts.get(locale, "agenda.action.dm.button");
  }
}
