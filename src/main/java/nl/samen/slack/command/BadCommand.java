package nl.samen.slack.command;

/**
 * A command that cannot be carried out as typed; the router adds the right usage to the answer.
 * Unlike the other outcomes, which handlers return as values ({@code Reply.Refused}), this one stays
 * an exception: the parser raises it from deep within a handler's parsing, before any service is
 * called, and the router's one catch answers it.
 */
public final class BadCommand extends CommandProblem {
  private static final long serialVersionUID = 1L;

  /** @param messageKey the text key (see {@code i18n/command_*.properties}) saying what is wrong */
  public BadCommand(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
