package nl.samen.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.Supplier;

/** What the caller of a command sees; always ephemeral (only the caller sees it). */
public sealed interface Reply {
  /** A message; {@code text} is its notification fallback when there are blocks. */
  record Message(String text, List<LayoutBlock> blocks) implements Reply {}

  /**
   * A text that is the same for everyone who speaks the language, such as the help: its JSON is made
   * once and answered as is.
   */
  record Fixed(String text) implements Reply {}

  /** Nothing to show, e.g. because a modal opened. */
  record Nothing() implements Reply {}

  /** Work that may take longer than Slack's 3 seconds: acknowledged first, answered afterwards. */
  record Later(Supplier<Reply> work) implements Reply {}

  /** Not done, and why: the router shows it as a warning in the caller's language. */
  record Refused(Refusal refusal) implements Reply {}

  static Reply text(String text) {
    return new Message(text, List.of());
  }

  static Reply refused(String messageKey, Object... args) {
    return new Refused(Refusal.of(messageKey, args));
  }

  static Reply refused(Refusal refusal) {
    return new Refused(refusal);
  }

  static Reply blocks(String fallback, List<LayoutBlock> blocks) {
    return new Message(fallback, blocks);
  }
}
