package nl.samen.focus;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a focus theme as typed into a key under which the same theme lands whatever its case,
 * spacing, accents or Dutch compound form: "Rekenen", "rekenen ", "reken-onderwijs" and
 * "rekenonderwijs" all become {@code reken}. Keys that differ by one typo match too, but only when
 * both are long: short Dutch stems differ by one letter all the time (reken, teken).
 */
final class ThemeKey {
  /** Compound tails that name the kind of work, not the theme: "rekenonderwijs" is about rekenen. */
  private static final List<String> GENERIC_TAILS = List.of(
      "vaardigheden", "ontwikkeling", "vaardigheid", "onderwijs", "didactiek", "programma",
      "methodes", "methode", "aanpak", "beleid");
  private static final int MIN_STEM = 3;
  private static final int MIN_LENGTH_FOR_TYPOS = 7;

  private ThemeKey() {}

  public static String of(String theme) {
    String word = fold(theme);
    Optional<String> head = withoutGenericTail(word);
    String stem = head.map(ThemeKey::trimLinkingSounds).orElseGet(() -> stripInflection(word));
    String key = spellingVariantsAlike(stem);
    return key.isEmpty() ? word : key;
  }

  /** Lower case, accents off, only letters and digits: "OBS 't Palet" and "obs t palet" fold alike. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Whether two keys mean the same theme: equal, or one typo apart when both are long. */
  public static boolean matches(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= MIN_LENGTH_FOR_TYPOS && b.length() >= MIN_LENGTH_FOR_TYPOS
        && EditDistance.atMostOne(a, b);
  }

  /** The key to file a theme under: an existing key it matches (exact first), else its own. */
  public static String resolve(String key, Collection<String> existing) {
    if (existing.contains(key)) {
      return key;
    }
    return existing.stream().sorted().filter(k -> matches(key, k)).findFirst().orElse(key);
  }

  private static Optional<String> withoutGenericTail(String word) {
    for (String tail : GENERIC_TAILS) {
      if (word.endsWith(tail) && word.length() - tail.length() >= MIN_STEM) {
        return Optional.of(word.substring(0, word.length() - tail.length()));
      }
    }
    return Optional.empty();
  }

  /** The first part of a compound is a stem already; only a linking s or a final e goes. */
  private static String trimLinkingSounds(String head) {
    if (head.endsWith("s") && head.length() > MIN_STEM + 1 && !head.endsWith("ss")
        && !isVowel(head.charAt(head.length() - 2))) {
      return head.substring(0, head.length() - 1);
    }
    if (head.endsWith("e") && head.length() > MIN_STEM + 1) {
      return head.substring(0, head.length() - 1);
    }
    return head;
  }

  /** "rekenen" → "reken", "sociaal-emotionele" → "…emotionel": plural and verb endings off. */
  private static String stripInflection(String word) {
    if (word.endsWith("en") && word.length() - 2 >= MIN_STEM) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("e") && word.length() - 1 >= MIN_STEM) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Dutch spells one stem several ways (lezen/lees, schrijven/schrijf, taal/talen): a final z or v
   * becomes s or f, doubled vowels and a doubled final consonant become single.
   */
  private static String spellingVariantsAlike(String stem) {
    String s = stem;
    if (s.endsWith("z")) {
      s = s.substring(0, s.length() - 1) + "s";
    } else if (s.endsWith("v")) {
      s = s.substring(0, s.length() - 1) + "f";
    }
    s = s.replaceAll("([aeou])\\1", "$1");
    int n = s.length();
    if (n > MIN_STEM && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1))) {
      s = s.substring(0, n - 1);
    }
    return s;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
