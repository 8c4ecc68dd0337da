package nl.samen.agenda;

import java.util.Locale;
import java.util.Optional;

/**
 * One item of a meeting's agenda, numbered per meeting in the order items were added. A member's
 * proposal is an item that is not {@code accepted} yet.
 */
record AgendaItem(
    long meetingId,
    int number,
    String title,
    Optional<Integer> minutes,
    Optional<Part> part,
    Optional<String> owner,
    boolean accepted,
    String createdBy) {

  /** On a network day: the plenary part, or the subgroups (workshops). */
  public enum Part {
    PLENARY,
    SUBGROUPS;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Part fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /** What a coordinator asked for when adding an item; a proposal has only a title. */
  public record Draft(String title, Optional<Integer> minutes, Optional<Part> part, Optional<String> owner) {
    public static final int MAX_TITLE = 150;
    public static final int MAX_MINUTES = 600;

    public static Draft proposal(String title) {
      return new Draft(title, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
