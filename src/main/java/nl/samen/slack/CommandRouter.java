package nl.samen.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;

/**
 * Picks the subcommand of {@code /samen} by its first word and answers every bad or refused command
 * ephemerally, saying what was wrong and, for a typo, the right usage. Nothing changes on an error
 * because handlers parse the whole command before they call a service. Failures nobody expected are
 * not answered here but at the error boundary ({@link ErrorBoundary}).
 */
public final class CommandRouter {
  private final Map<String, Subcommand> byKeyword = new LinkedHashMap<>();
  private final List<Subcommand> subcommands = new ArrayList<>();
  /** The help is the same for everyone who speaks the language: made once per language. */
  private final Map<String, Reply.Fixed> helpTexts = new ConcurrentHashMap<>();

  private final CommandMeter meter;

  public CommandRouter(List<Subcommand> features) {
    this(features, new CompositeMeterRegistry()); // counts into nothing
  }

  /** @param meters where each command is counted and timed, by subcommand */
  public CommandRouter(List<Subcommand> features, MeterRegistry meters) {
    add(Subcommand.of("command.usage.help", this::help, "help", "hulp"));
    features.forEach(this::add);
    this.meter = new CommandMeter(meters, byKeyword);
  }

  private void add(Subcommand subcommand) {
    subcommands.add(subcommand);
    for (String keyword : subcommand.keywords()) {
      if (byKeyword.putIfAbsent(keyword, subcommand) != null) {
        throw new IllegalStateException("Two subcommands claim the keyword " + keyword);
      }
    }
  }

  public Reply route(String teamId, String channelId, String userId, String text, String triggerId,
      Locale locale) {
    return meter.timed(text, () -> routed(teamId, channelId, userId, text, triggerId, locale));
  }

  private Reply routed(String teamId, String channelId, String userId, String text, String triggerId,
      Locale locale) {
    CommandLine args;
    try {
      args = CommandLine.parse(text);
    } catch (BadCommand e) {
      return badCommand(locale, e, Optional.empty());
    }
    Optional<String> keyword = args.peekWord();
    if (keyword.isEmpty()) {
      return help(locale);
    }
    Subcommand chosen = byKeyword.get(keyword.get());
    if (chosen == null) {
      return error(locale, Texts.get(locale, "command.error.unknown", Escape.mrkdwn(keyword.get())),
          Optional.of("command.usage.short"));
    }
    args.requireWord("command.what.subcommand");
    CommandRequest request = new CommandRequest(teamId, channelId, userId, locale, args, triggerId);
    return rendered(locale, chosen, () -> chosen.handler().apply(request));
  }

  /**
   * The handler's reply, with a refusal made into its warning, also for work answered later. A
   * {@link BadCommand} is the one exception caught here: the parser raises it from deep in a handler's
   * parsing, and the answer adds the usage. Anything unexpected goes on to the error boundary.
   */
  private Reply rendered(Locale locale, Subcommand chosen, Supplier<Reply> work) {
    Reply reply;
    try {
      reply = work.get();
    } catch (BadCommand e) {
      return badCommand(locale, e, Optional.of(chosen.usageKey()));
    }
    if (reply instanceof Reply.Refused refused) {
      return error(locale, refused.refusal().text(locale), Optional.empty());
    }
    if (reply instanceof Reply.Later later) {
      return new Reply.Later(() -> rendered(locale, chosen, later.work()));
    }
    return reply;
  }

  private static Reply badCommand(Locale locale, BadCommand e, Optional<String> usageKey) {
    return error(locale, Texts.get(locale, e.messageKey(), Refusal.shown(locale, e.args())),
        usageKey.or(() -> Optional.of("command.usage.short")));
  }

  /** {@code help}: one line per command; {@code help <command>}: every form of that command. */
  private Reply help(CommandRequest request) {
    Optional<String> about = request.args().peekWord();
    if (about.isPresent() && byKeyword.containsKey(about.get())) {
      request.args().requireWord("command.what.subcommand");
      request.args().requireEnd();
      return Reply.text(Texts.get(request.locale(), byKeyword.get(about.get()).usageKey()));
    }
    request.args().requireEnd();
    return help(request.locale());
  }

  private Reply help(Locale locale) {
    return helpTexts.computeIfAbsent(Texts.supported(locale).getLanguage(), language -> {
      StringBuilder usage = new StringBuilder(Texts.get(locale, "command.help.intro")).append("\n");
      for (Subcommand subcommand : subcommands) {
        usage.append(Texts.get(locale, subcommand.usageKey()).lines().findFirst().orElse("")).append("\n");
      }
      return new Reply.Fixed(usage.append(Texts.get(locale, "command.help.more")).toString());
    });
  }

  private static Reply error(Locale locale, String message, Optional<String> usageKey) {
    String text = ":warning: " + message;
    if (usageKey.isPresent()) {
      text += "\n" + Texts.get(locale, "command.usage.label") + "\n" + Texts.get(locale, usageKey.get());
    }
    return Reply.text(text);
  }
}
