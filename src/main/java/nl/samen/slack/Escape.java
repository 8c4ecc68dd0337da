package nl.samen.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text that users typed into text Slack shows as text: it can never ping {@code @channel}
 * or anyone, link, or start formatting that breaks the layout of a message.
 */
public final class Escape {
  private static final Pattern ESCAPED_MENTION = Pattern.compile("<([@#!])([^>|]*)(?:\\|([^>]*))?>");
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private Escape() {}

  /** For mrkdwn text: mentions become readable plain names, {@code & < >} are escaped. */
  public static String mrkdwn(String userText) {
    if (userText == null) {
      return "";
    }
    String text = readableMentions(userText);
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    // A zero-width space keeps *, _, ~ and ` from opening bold, italics, strike or code, and
    // keeps @channel/@here from being read as a broadcast if a client ever links names.
    text = text.replaceAll("([*_~`@])", "$1" + ZERO_WIDTH_SPACE);
    return oneLine(text);
  }

  /** For plain_text fields: Slack shows them as typed, only mentions need to become readable. */
  public static String plain(String userText) {
    return userText == null ? "" : oneLine(readableMentions(userText));
  }

  private static String readableMentions(String text) {
    Matcher m = ESCAPED_MENTION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String sigil = "#".equals(m.group(1)) ? "#" : "@";
      String label = m.group(3) != null && !m.group(3).isBlank() ? m.group(3) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(sigil + label));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
  }
}
