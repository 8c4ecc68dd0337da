package nl.samen.slack;

import java.util.Locale;
import nl.samen.slack.command.CommandLine;

/** One {@code /samen} invocation: who, where, in which language, and the words after the keyword. */
public record CommandRequest(
    String teamId,
    String channelId,
    String userId,
    Locale locale,
    CommandLine args,
    String triggerId) {

  public String text(String key, Object... args) {
    return Texts.get(locale, key, args);
  }
}
