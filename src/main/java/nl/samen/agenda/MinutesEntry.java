package nl.samen.agenda;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** One entry of the "Notuleren" form: a note, decision or action (with owner and due date) on an item. */
record MinutesEntry(int item, Kind kind, String text, Optional<String> owner, Optional<LocalDate> due) {
  enum Kind {
    NOTE,
    DECISION,
    ACTION;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
