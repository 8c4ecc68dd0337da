package nl.samen.plan;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.samen.network.SchoolYear;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;

/** Readers for the plan's own argument forms: school years, percentages and amounts in euros. */
public final class PlanArgs {
  private static final Pattern LOOKS_LIKE_YEAR = Pattern.compile("\\d{4}[-/–]\\d{2,4}");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");

  private PlanArgs() {}

  /** A school year like {@code 2026-2027} if the next word looks like one; a wrong one is an error. */
  public static Optional<SchoolYear> acceptSchoolYear(CommandLine args) {
    Optional<String> word = args.peekWord().filter(w -> LOOKS_LIKE_YEAR.matcher(w).matches());
    if (word.isEmpty()) {
      return Optional.empty();
    }
    String text = args.requireWord("plan.what.schoolYear");
    return Optional.of(SchoolYear.parse(text).orElseThrow(() -> new BadCommand("plan.error.schoolYear", text)));
  }

  /** {@code 60%} or {@code 60}, from 0 to 100. */
  static int requirePercent(CommandLine args) {
    String text = args.requireWord("plan.what.percent");
    var m = PERCENT.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
      throw new BadCommand("plan.error.percent", text);
    }
    return Integer.parseInt(m.group(1));
  }

  /** An amount in euros (see {@link Money}); a lone {@code €} before it is its own word. */
  static Money requireMoney(CommandLine args) {
    boolean euroSign = args.acceptKeyword("€", "eur");
    String text = args.requireWord("plan.what.amount");
    return Money.parse(text).orElseThrow(() -> new BadCommand("plan.error.amount", (euroSign ? "€ " : "") + text));
  }
}
