package nl.samen.slack.command;

/** One piece of a command's text: a bare word, a quoted text, or a mention of a user. */
public record Token(Kind kind, String value) {
  public enum Kind {
    WORD,
    QUOTED,
    MENTION
  }
}
