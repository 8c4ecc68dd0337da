package nl.samen.slack;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.samen.slack.command.Term;

/**
 * Why a well-formed command, click or form is not done here or by this person (not a network, no
 * such meeting, coordinators only): a text key and its arguments, a value that the view renders in
 * the caller's language. Outcomes reach the view as values; nothing is thrown to say no.
 */
public record Refusal(String messageKey, List<Object> args) {

  public Refusal {
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  public static Refusal of(String messageKey, Object... args) {
    return new Refusal(messageKey, Arrays.asList(args));
  }

  /** For mrkdwn: Samen's own words are translated, what the user typed is escaped. */
  public String text(Locale locale) {
    return Texts.get(locale, messageKey, shown(locale, args.toArray()));
  }

  /** For a plain_text field, such as a modal's error under an input: the arguments as they are. */
  public String plainText(Locale locale) {
    return Texts.get(locale, messageKey, args.toArray());
  }

  /** The arguments of a text in mrkdwn: terms translated, everything else escaped. */
  static Object[] shown(Locale locale, Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = args[i] instanceof Term term
          ? Texts.get(locale, term.key())
          : Escape.mrkdwn(String.valueOf(args[i]));
    }
    return out;
  }
}
