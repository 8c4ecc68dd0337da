package nl.samen.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;

/** The coordinators' list of a network's other messages that failed or may not have arrived. */
final class UndeliveredLines {
  private static final int LINES = 10;
  private static final int SNIPPET = 60;

  private UndeliveredLines() {}

  static String of(List<UndeliveredRepository.Undelivered> messages, ZoneId zone, Locale locale) {
    if (messages.isEmpty()) {
      return "";
    }
    String lines = messages.stream().limit(LINES)
        .map(m -> "• " + (m.recipient().startsWith("U") || m.recipient().startsWith("W")
                ? "<@" + m.recipient() + ">" : "<#" + m.recipient() + ">")
            + " · " + Formats.instant(m.at(), zone, locale) + " · „" + snippet(m.text()) + "” — "
            + (m.unknown() ? Texts.get(locale, "reminder.failure.unknown") : Escape.mrkdwn(String.valueOf(m.error()))))
        .collect(Collectors.joining("\n"));
    String more = messages.size() > LINES
        ? "\n" + Texts.get(locale, "reminder.failure.more", messages.size() - LINES) : "";
    return "\n\n" + Texts.get(locale, "reminder.messages.title", messages.size()) + "\n" + lines + more;
  }

  /**
   * The start of a message's first line. The text is already mrkdwn as sent, so it is cut, not
   * escaped again; a cut never leaves half a mention or entity.
   */
  static String snippet(String text) {
    String line = text.lines().findFirst().orElse("").replace("*", "").replace("_", "");
    if (line.length() <= SNIPPET) {
      return line;
    }
    String cut = line.substring(0, SNIPPET);
    if (cut.lastIndexOf('<') > cut.lastIndexOf('>')) {
      cut = cut.substring(0, cut.lastIndexOf('<'));
    }
    if (cut.lastIndexOf('&') > cut.lastIndexOf(';')) {
      cut = cut.substring(0, cut.lastIndexOf('&'));
    }
    return cut + "…";
  }
}
