package nl.samen.slack;

/**
 * A command that is well-formed but cannot be done here or by this person (not a network, no such
 * meeting). Thrown by handlers' look-ups and answered once, ephemerally, by the command router.
 */
public final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object[] args;

  public Refused(String messageKey, Object... args) {
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
