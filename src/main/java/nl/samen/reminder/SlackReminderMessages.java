package nl.samen.reminder;

import java.util.List;
import java.util.Locale;
import nl.samen.slack.BlockJson;
import nl.samen.slack.People;

/** Reminder messages for Slack: channel posts in the default language, DMs in the reader's own. */
final class SlackReminderMessages implements ReminderMessages {
  private final People people;
  private final AgendaSummary agenda;

  SlackReminderMessages(People people, AgendaSummary agenda) {
    this.people = people;
    this.agenda = agenda;
  }

  @Override
  public Delivery channelPost(Round round) {
    Locale locale = people.defaultLocale();
    return message(round, round.network().channelId(), locale, agenda.networkActions(round.meeting(), locale));
  }

  /** Slack opens the bot's DM with a user when chat.postMessage gets the user id as channel. */
  @Override
  public Delivery directMessage(Round round, String userId) {
    Locale locale = people.localeOf(userId);
    return message(round, userId, locale, agenda.openActions(round.meeting(), userId, locale));
  }

  /** @param actions the network's open action items in the channel, the recipient's own in a DM */
  private Delivery message(Round round, String recipient, Locale locale, List<String> actions) {
    return new Delivery(recipient, ReminderViews.fallback(round, locale),
        BlockJson.json(ReminderViews.blocks(round, agenda.items(round.meeting(), locale), actions, locale)));
  }
}
