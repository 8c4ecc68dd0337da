package nl.samen.reminder;

/**
 * Writes reminder messages, each in its reader's language. The service decides who gets what;
 * this seam keeps Slack's Block Kit and the users' locales out of it.
 */
interface ReminderMessages {
  /** The post in the network's channel, in the workspace's default language. */
  Delivery channelPost(Round round);

  /** A DM to a person: a reminder (rule kind DM) or a nudge to answer (rule kind NUDGE). */
  Delivery directMessage(Round round, String userId);
}
