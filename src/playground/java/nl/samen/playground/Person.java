package nl.samen.playground;

/** One person in the playground's workspace: a Slack user id, how Slack names them, and their Slack language. */
public record Person(String id, String name, String handle, String school, String locale, boolean coordinator) {
  /** A mention as Slack sends it in a command typed with escaping on: {@code <@U…|handle>}. */
  public String mention() {
    return "<@" + id + "|" + handle + ">";
  }
}
