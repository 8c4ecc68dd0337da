package nl.samen.slack.command;

/**
 * A command that cannot be carried out as typed. Thrown by parsing and caught once by the command
 * router, which answers the caller ephemerally with the message and the right usage.
 */
public final class BadCommand extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object[] args;

  /** @param messageKey the text key (see {@code i18n/command_*.properties}) saying what is wrong */
  public BadCommand(String messageKey, Object... args) {
    super(messageKey, null, false, false);
    this.args = args.clone();
  }

  public String messageKey() {
    return getMessage();
  }

  public Object[] args() {
    return args.clone();
  }
}
