package nl.samen.slack;

import nl.samen.slack.command.CommandProblem;

/**
 * A command that is well-formed but cannot be done here or by this person (not a network, no such
 * meeting, coordinators only).
 */
public final class Refused extends CommandProblem {
  private static final long serialVersionUID = 1L;

  public Refused(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
