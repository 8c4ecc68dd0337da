package nl.samen.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount in euros, kept as whole cents so that sums are exact.
 *
 * <p>What users may type: {@code 350}, {@code 350.50}, {@code 350,50}, {@code 350,5}, {@code €350},
 * {@code € 350} (the euro sign as its own word is handled by the command), {@code 350€} and the Dutch
 * {@code 350,-}. Separators: a point or comma followed by one or two digits at the end is the decimal
 * separator; any other point or comma must group exactly three digits (thousands), and the two kinds
 * must differ. So {@code 1.250,50}, {@code 1,250.50}, {@code 1.250} and {@code 1,250} (both 1250
 * euros: cents never have three digits) are accepted, and {@code 1.25.0} or {@code 12.345,678} are not.
 */
public record Money(long cents) implements Comparable<Money> {
  /** Ten million euros: far above any network's budget, and far from overflowing a long. */
  public static final long MAX_CENTS = 1_000_000_000L;
  public static final Money ZERO = new Money(0);

  private static final Pattern AMOUNT = Pattern.compile(
      "(?<int>\\d{1,3}(?:(?<group>[.,])\\d{3})(?:\\k<group>\\d{3})*|\\d+)(?:(?<dec>[.,])(?<frac>\\d{1,2}|-))?");

  public static Optional<Money> parse(String text) {
    String s = text.strip();
    if (s.startsWith("€")) {
      s = s.substring(1).strip();
    } else if (s.endsWith("€")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    Matcher m = AMOUNT.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String group = m.group("group");
    String dec = m.group("dec");
    if (group != null && group.equals(dec)) {
      return Optional.empty();
    }
    String whole = m.group("int").replace(".", "").replace(",", "");
    String frac = m.group("frac") == null || m.group("frac").equals("-") ? "0" : m.group("frac");
    if (whole.length() > 8) {
      return Optional.empty();
    }
    long cents = Long.parseLong(whole) * 100 + Long.parseLong(frac) * (frac.length() == 1 ? 10 : 1);
    return cents > MAX_CENTS ? Optional.empty() : Optional.of(new Money(cents));
  }

  public Money plus(Money other) {
    return new Money(cents + other.cents);
  }

  public Money minus(Money other) {
    return new Money(cents - other.cents);
  }

  public boolean isNegative() {
    return cents < 0;
  }

  /** As people write it: {@code € 1.250,50} in Dutch, {@code €1,250.50} in English. */
  public String format(Locale locale) {
    boolean dutch = "nl".equals(locale.getLanguage());
    long abs = Math.abs(cents);
    String whole = String.format(Locale.ROOT, "%,d", abs / 100).replace(",", dutch ? "." : ",");
    String text = whole + (dutch ? "," : ".") + String.format(Locale.ROOT, "%02d", abs % 100);
    return (cents < 0 ? "-" : "") + (dutch ? "€ " : "€") + text;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }
}
