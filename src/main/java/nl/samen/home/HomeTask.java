package nl.samen.home;

/**
 * Something of the person's own to do, shown on their App Home with a button that does it, e.g. an
 * open action item and its done button. The text is mrkdwn, user text already escaped; the button's
 * action id and value are the contributing feature's, which listens for its clicks.
 */
public record HomeTask(String mrkdwn, String actionId, String value, String button) {}
