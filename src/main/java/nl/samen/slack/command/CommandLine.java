package nl.samen.slack.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cursor over the tokens of one command. Readers either return what they expect and move on, or
 * throw {@link BadCommand} naming what was wrong; {@code accept…} readers take a token only if it fits.
 */
public final class CommandLine {
  private final List<Token> tokens;
  private int position;

  private CommandLine(List<Token> tokens) {
    this.tokens = tokens;
  }

  public static CommandLine parse(String text) {
    return new CommandLine(Tokenizer.tokenize(text));
  }

  public boolean atEnd() {
    return position >= tokens.size();
  }

  public Optional<Token> peek() {
    return atEnd() ? Optional.empty() : Optional.of(tokens.get(position));
  }

  /** The next bare word, lower-cased, without taking it. */
  public Optional<String> peekWord() {
    return peek()
        .filter(t -> t.kind() == Token.Kind.WORD)
        .map(t -> t.value().toLowerCase(Locale.ROOT));
  }

  /** Takes the next token if it is one of these keywords (case-insensitive). */
  public boolean acceptKeyword(String... keywords) {
    Optional<String> word = peekWord();
    if (word.isPresent()) {
      for (String keyword : keywords) {
        if (word.get().equals(keyword)) {
          position++;
          return true;
        }
      }
    }
    return false;
  }

  /** Takes one of these keywords and says which (its index), or fails with the usage. */
  public int requireKeyword(String whatKey, String... keywords) {
    Optional<String> word = peekWord();
    for (int i = 0; i < keywords.length; i++) {
      if (word.isPresent() && word.get().equals(keywords[i])) {
        position++;
        return i;
      }
    }
    throw new BadCommand("command.error.expected", new Term(whatKey), describeNext());
  }

  /** Quoted text of a kind with a cap in {@link TextLimits}; a longer text is refused naming the cap. */
  public String requireQuoted(String whatKey) {
    return acceptQuoted(whatKey).orElseThrow(() -> new BadCommand("command.error.expectedQuoted", new Term(whatKey)));
  }

  public Optional<String> acceptQuoted(String whatKey) {
    Optional<String> text = acceptQuoted();
    text.flatMap(t -> TextLimits.check(whatKey, t)).ifPresent(tooLong -> {
      throw tooLong;
    });
    return text;
  }

  public Optional<String> acceptQuoted() {
    Optional<Token> next = peek().filter(t -> t.kind() == Token.Kind.QUOTED);
    next.ifPresent(t -> position++);
    if (next.isPresent() && next.get().value().isEmpty()) {
      throw new BadCommand("command.error.emptyQuoted");
    }
    return next.map(Token::value);
  }

  /** A user mention as Slack sends it; returns the user id. */
  public String requireMention() {
    return acceptMention().orElseThrow(() -> new BadCommand("command.error.expectedMention", describeNext()));
  }

  public Optional<String> acceptMention() {
    Optional<Token> next = peek().filter(t -> t.kind() == Token.Kind.MENTION);
    next.ifPresent(t -> position++);
    return next.map(Token::value);
  }

  /** A meeting (or item) number, typed as {@code 12} or {@code #12}. */
  public Optional<Long> acceptNumber() {
    Optional<String> word = peekWord();
    if (word.isPresent() && word.get().matches("#?\\d{1,9}")) {
      position++;
      return Optional.of(Long.parseLong(word.get().replace("#", "")));
    }
    return Optional.empty();
  }

  public long requireNumber(String whatKey) {
    return acceptNumber().orElseThrow(() -> new BadCommand("command.error.expected", new Term(whatKey), describeNext()));
  }

  public LocalDate requireDate() {
    return DateTimeFormats.parseDate(requireWord("command.what.date"));
  }

  public TimeRange requireTimeRange() {
    return DateTimeFormats.parseTimeRange(requireWord("command.what.time"));
  }

  /** The next token as a bare word, whatever it is. */
  public String requireWord(String whatKey) {
    Optional<Token> next = peek().filter(t -> t.kind() == Token.Kind.WORD);
    if (next.isEmpty()) {
      throw new BadCommand("command.error.expected", new Term(whatKey), describeNext());
    }
    position++;
    return next.get().value();
  }

  /** Fails if anything is left over: a typo should not be silently ignored. */
  public void requireEnd() {
    if (!atEnd()) {
      throw new BadCommand("command.error.unexpected", describeNext());
    }
  }

  private String describeNext() {
    return peek().map(t -> switch (t.kind()) {
      case QUOTED -> "\"" + t.value() + "\"";
      case MENTION -> "<@" + t.value() + ">";
      case WORD -> t.value();
    }).orElse("…");
  }
}
