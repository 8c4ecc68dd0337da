package nl.samen.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.slack.command.BadCommand;

/**
 * Reads the rules of {@code reminders set}: comma-separated, each {@code <n>d|h|m channel|dm} or
 * {@code nudge <n>d|h} (Dutch: {@code kanaal}, {@code pb}, {@code por}, {@code u} for hours).
 * Any mistake rejects the whole list with a message that names the rule, so nothing half-changes.
 */
final class RuleSyntax {
  static final int MAX_RULES = 10;
  static final long MAX_MINUTES = 60L * 24 * 60;

  private static final Pattern TIMED = Pattern.compile("(\\d{1,6})\\s*([dhum])\\s+(channel|kanaal|dm|pb)");
  private static final Pattern NUDGE = Pattern.compile("(?:nudge|por|aansporing)\\s+(\\d{1,6})\\s*([dhum])");

  private RuleSyntax() {}

  static List<ReminderRule> parse(String text) {
    List<ReminderRule> rules = new ArrayList<>();
    for (String part : text.split(",")) {
      String typed = part.strip().replaceAll("\\s+", " ");
      if (typed.isEmpty()) {
        continue;
      }
      ReminderRule rule = rule(typed);
      if (rules.contains(rule)) {
        throw new BadCommand("reminder.error.duplicate", typed);
      }
      rules.add(rule);
    }
    if (rules.isEmpty()) {
      throw new BadCommand("reminder.error.noRules");
    }
    if (rules.size() > MAX_RULES) {
      throw new BadCommand("reminder.error.tooMany", MAX_RULES);
    }
    return rules;
  }

  private static ReminderRule rule(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    Matcher timed = TIMED.matcher(lower);
    Matcher nudge = NUDGE.matcher(lower);
    ReminderRule.Kind kind;
    Matcher m;
    if (timed.matches()) {
      m = timed;
      kind = timed.group(3).equals("channel") || timed.group(3).equals("kanaal")
          ? ReminderRule.Kind.CHANNEL : ReminderRule.Kind.DM;
    } else if (nudge.matches()) {
      m = nudge;
      kind = ReminderRule.Kind.NUDGE;
    } else {
      throw new BadCommand("reminder.error.badRule", typed);
    }
    int amount = Integer.parseInt(m.group(1));
    ReminderRule.Unit unit = switch (m.group(2)) {
      case "d" -> ReminderRule.Unit.DAYS;
      case "m" -> ReminderRule.Unit.MINUTES;
      default -> ReminderRule.Unit.HOURS;
    };
    if (kind == ReminderRule.Kind.NUDGE && unit == ReminderRule.Unit.MINUTES) {
      throw new BadCommand("reminder.error.nudgeMinutes", typed);
    }
    if (amount < 1) {
      throw new BadCommand("reminder.error.zero", typed);
    }
    long minutes = switch (unit) {
      case DAYS -> amount * 24L * 60;
      case HOURS -> amount * 60L;
      case MINUTES -> amount;
    };
    if (minutes > MAX_MINUTES) {
      throw new BadCommand("reminder.error.tooFar", typed);
    }
    return new ReminderRule(kind, amount, unit);
  }
}
