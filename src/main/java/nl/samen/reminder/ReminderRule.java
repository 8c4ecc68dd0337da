package nl.samen.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.samen.meeting.Meeting;

/**
 * One reminder rule of a network: a channel post or a DM to those who said yes or maybe, some time
 * before the start, or a nudge to those who have not answered, some time before the RSVP deadline.
 *
 * <p>Time-zone decision: days count on the meeting's local calendar (a 1-day reminder for Monday
 * 09:00 goes out on Sunday 09:00 local, also on the weekend the clocks change), hours and minutes
 * count elapsed time on the instant (2 h before 09:00 is 07:00 local, 1 h or 3 h of wall time apart
 * only on the night the clocks change).
 */
record ReminderRule(Kind kind, int amount, Unit unit) {

  public enum Kind {
    CHANNEL,
    DM,
    NUDGE
  }

  public enum Unit {
    DAYS("d"),
    HOURS("h"),
    MINUTES("m");

    private final String letter;

    Unit(String letter) {
      this.letter = letter;
    }

    public String letter() {
      return letter;
    }
  }

  /** A new network's rules: channel post 7 days before, DM 1 day before, nudge 1 day before the deadline. */
  public static final List<ReminderRule> DEFAULTS = List.of(
      new ReminderRule(Kind.CHANNEL, 7, Unit.DAYS),
      new ReminderRule(Kind.DM, 1, Unit.DAYS),
      new ReminderRule(Kind.NUDGE, 1, Unit.DAYS));

  public ReminderRule {
    if (amount < 1) {
      throw new IllegalArgumentException("A reminder rule needs a positive amount");
    }
    if (kind == Kind.NUDGE && unit == Unit.MINUTES) {
      throw new IllegalArgumentException("A nudge counts in days or hours");
    }
  }

  /** The canonical text, as typed and as stored: {@code 7d channel}, {@code 1d dm}, {@code nudge 1d}. */
  public String text() {
    String lead = amount + unit.letter();
    return kind == Kind.NUDGE ? "nudge " + lead : lead + " " + kind.name().toLowerCase(Locale.ROOT);
  }

  /** Reads the canonical text back (what {@link #text()} wrote). */
  public static ReminderRule fromText(String text) {
    String[] words = text.trim().split(" ");
    boolean nudge = words[0].equals("nudge");
    String lead = nudge ? words[1] : words[0];
    Unit unit = switch (lead.charAt(lead.length() - 1)) {
      case 'd' -> Unit.DAYS;
      case 'h' -> Unit.HOURS;
      case 'm' -> Unit.MINUTES;
      default -> throw new IllegalArgumentException("Not a reminder rule: " + text);
    };
    int amount = Integer.parseInt(lead.substring(0, lead.length() - 1));
    Kind kind = nudge ? Kind.NUDGE : Kind.valueOf(words[1].toUpperCase(Locale.ROOT));
    return new ReminderRule(kind, amount, unit);
  }

  /** What the rule counts back from: the start, or for a nudge the RSVP deadline. */
  ZonedDateTime anchor(Meeting meeting, Duration rsvpDeadline) {
    return kind == Kind.NUDGE
        ? meeting.rsvpDeadline(rsvpDeadline).atZone(meeting.zone())
        : meeting.startsAtZoned();
  }

  /** When this rule's reminder for the meeting goes out. */
  public Instant dueAt(Meeting meeting, Duration rsvpDeadline) {
    ZonedDateTime anchor = anchor(meeting, rsvpDeadline);
    return switch (unit) {
      case DAYS -> anchor.minusDays(amount).toInstant();
      case HOURS -> anchor.toInstant().minus(Duration.ofHours(amount));
      case MINUTES -> anchor.toInstant().minus(Duration.ofMinutes(amount));
    };
  }

  /**
   * From this moment on the reminder is no longer worth sending: the start of the meeting, or for
   * a nudge the deadline (after it, the member can no longer answer).
   */
  public Instant usefulUntil(Meeting meeting, Duration rsvpDeadline) {
    return anchor(meeting, rsvpDeadline).toInstant();
  }
}
