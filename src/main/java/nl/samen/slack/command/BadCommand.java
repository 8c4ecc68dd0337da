package nl.samen.slack.command;

/** A command that cannot be carried out as typed; the router adds the right usage to the answer. */
public final class BadCommand extends CommandProblem {
  private static final long serialVersionUID = 1L;

  /** @param messageKey the text key (see {@code i18n/command_*.properties}) saying what is wrong */
  public BadCommand(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
