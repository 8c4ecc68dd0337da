package nl.samen.slack;

import java.util.List;
import java.util.function.Function;

/**
 * A keyword of {@code /samen} (English first, Dutch after), its usage text and its handler. Each
 * feature contributes its own; the router knows none of them by name.
 */
public record Subcommand(List<String> keywords, String usageKey, Function<CommandRequest, Reply> handler) {

  public static Subcommand of(String usageKey, Function<CommandRequest, Reply> handler, String... keywords) {
    return new Subcommand(List.of(keywords), usageKey, handler);
  }
}
