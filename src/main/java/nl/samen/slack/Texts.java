package nl.samen.slack;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * User-facing text from resource bundles {@code i18n/<feature>_<lang>.properties}; the part of a key
 * before its first dot names the feature's bundle, so each feature keeps its own file.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … replaced literally. MessageFormat is avoided on
 * purpose: it eats single quotes, and Dutch is full of them (agenda's, foto's).
 */
public final class Texts {
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Looked up once per feature and language: every reply reads several texts. */
  private static final ConcurrentMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Texts() {}

  public static String get(Locale locale, String key, Object... args) {
    String feature = key.substring(0, Math.max(key.indexOf('.'), 0));
    Locale language = supported(locale);
    String pattern;
    try {
      pattern = BUNDLES.computeIfAbsent(feature + "_" + language.getLanguage(), name ->
          ResourceBundle.getBundle("i18n/" + feature, language,
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
          .getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No text for key " + key + " in " + locale, e);
    }
    return fill(pattern, args);
  }

  /**
   * Fills {@code {n}} in one pass over the pattern, so a value that itself contains {@code {2}}
   * (a title someone typed) stays as typed instead of receiving a later argument.
   */
  static String fill(String pattern, Object... args) {
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
      int index = close > i + 1 ? argumentIndex(pattern.substring(i + 1, close)) : -1;
      if (index >= 0 && index < args.length) {
        text.append(args[index]);
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  private static int argumentIndex(String digits) {
    if (digits.length() > 3 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  /** Dutch and English are the languages Samen speaks; anything else falls back to English. */
  public static Locale supported(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
  }
}
