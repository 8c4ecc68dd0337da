package nl.samen.rsvp;

import java.util.Locale;

/** A member's answer to a meeting invitation. */
public enum Answer {
  YES,
  NO,
  MAYBE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Answer fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Yes and maybe are the answers that want to hear about changes and get reminders. */
  public boolean interested() {
    return this != NO;
  }
}
