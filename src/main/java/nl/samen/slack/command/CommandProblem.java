package nl.samen.slack.command;

/**
 * Something the caller is told instead of the command being done: a text key and its arguments.
 * Thrown while parsing a command and answered once, ephemerally, by the command router.
 */
public abstract class CommandProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object[] args;

  protected CommandProblem(String messageKey, Object... args) {
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
