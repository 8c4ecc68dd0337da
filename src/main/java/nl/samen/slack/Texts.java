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
    for (int i = 0; i < args.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return pattern;
  }

  /** Dutch and English are the languages Samen speaks; anything else falls back to English. */
  public static Locale supported(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
  }
}
