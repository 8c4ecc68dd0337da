package nl.samen.slack;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;

/**
 * Counts and times each {@code /samen} command by its subcommand's first (English) keyword, so that
 * {@code rsvp} and {@code ja} count as one; an empty command is {@code help}, a word no subcommand
 * claims is {@code unknown} (never the typed word: that would make a metric per typo).
 */
final class CommandMeter {
  private final MeterRegistry meters;
  private final Map<String, Subcommand> byKeyword;

  CommandMeter(MeterRegistry meters, Map<String, Subcommand> byKeyword) {
    this.meters = meters;
    this.byKeyword = byKeyword;
  }

  Reply timed(String text, Supplier<Reply> work) {
    Timer.Sample sample = Timer.start(meters);
    String outcome = "error"; // stays so when the work throws: the error boundary answers then
    try {
      Reply reply = work.get();
      outcome = reply instanceof Reply.Later ? "later" : "answered";
      return reply;
    } finally {
      sample.stop(Timer.builder("samen.commands")
          .description("Slash commands: how many and how long until Samen answered Slack")
          .tag("subcommand", subcommand(text))
          .tag("outcome", outcome)
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(1))
          .maximumExpectedValue(Duration.ofSeconds(10))
          .register(meters));
    }
  }

  private String subcommand(String text) {
    Optional<String> word;
    try {
      word = CommandLine.parse(text).peekWord();
    } catch (BadCommand e) {
      return "unknown";
    }
    if (word.isEmpty()) {
      return "help";
    }
    Subcommand chosen = byKeyword.get(word.get());
    return chosen == null ? "unknown" : chosen.keywords().get(0);
  }
}
