package nl.samen.slack.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a slash command into tokens. Slack sends the text with {@code & < >} escaped
 * and, with escaping on, mentions as {@code <@U123|name>}; quotes may be straight or typographic.
 */
final class Tokenizer {
  private static final String OPENING_QUOTES = "\"“”„‟«»";
  private static final String CLOSING_QUOTES = "\"“”„‟«»";

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    String s = text == null ? "" : text.replace('\u00A0', ' ');
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (OPENING_QUOTES.indexOf(c) >= 0) {
        int end = indexOfAny(s, CLOSING_QUOTES, i + 1);
        if (end < 0) {
          throw new BadCommand("command.error.unclosedQuote");
        }
        tokens.add(new Token(Token.Kind.QUOTED, unescape(s.substring(i + 1, end)).strip()));
        i = end + 1;
      } else if (s.startsWith("<@", i) && s.indexOf('>', i) > 0) {
        int end = s.indexOf('>', i);
        String inner = s.substring(i + 2, end);
        int bar = inner.indexOf('|');
        tokens.add(new Token(Token.Kind.MENTION, bar < 0 ? inner : inner.substring(0, bar)));
        i = end + 1;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Token.Kind.WORD, unescape(s.substring(i, end))));
        i = end;
      }
    }
    return tokens;
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Slack escapes exactly these three; everything else arrives as typed. */
  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
