package nl.samen.agenda;

import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

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

  /** A submission read back: the entry, or the errors to show next to the fields. */
  record Read(Optional<MinutesEntry> entry, Map<String, String> errors) {}

  static Read read(ViewState state, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<String> item = value(state, "item").map(ViewState.Value::getSelectedOption).map(o -> o.getValue())
        .filter(v -> v.matches("\\d{1,9}"));
    Optional<Kind> kind = value(state, "kind").map(ViewState.Value::getSelectedOption)
        .flatMap(o -> Arrays.stream(Kind.values()).filter(k -> k.code().equals(o.getValue())).findFirst());
    Optional<String> text = value(state, "text").map(ViewState.Value::getValue).map(String::strip)
        .filter(s -> !s.isEmpty());
    Optional<String> owner = value(state, "owner").map(ViewState.Value::getSelectedUser);
    Optional<LocalDate> due = value(state, "due").map(ViewState.Value::getSelectedDate).map(LocalDate::parse);
    if (item.isEmpty()) {
      errors.put("item", Texts.get(locale, "agenda.minutes.form.error.item"));
    }
    if (text.isEmpty()) {
      errors.put("text", Texts.get(locale, "agenda.minutes.form.error.text"));
    }
    boolean action = kind.orElse(Kind.NOTE) == Kind.ACTION;
    // The input carries max_length, but a submission is checked here too: an action's text is shorter.
    text.flatMap(t -> TextLimits.problem(locale, action ? "agenda.action.what.what" : "agenda.minutes.what.text", t))
        .ifPresent(p -> errors.put("text", p));
    if (action && owner.isEmpty()) {
      errors.put("owner", Texts.get(locale, "agenda.minutes.form.error.owner"));
    }
    if (action && due.isEmpty()) {
      errors.put("due", Texts.get(locale, "agenda.minutes.form.error.due"));
    }
    if (kind.isEmpty()) {
      errors.put("kind", Texts.get(locale, "agenda.minutes.form.error.kind"));
    }
    if (!errors.isEmpty()) {
      return new Read(Optional.empty(), errors);
    }
    return new Read(Optional.of(new MinutesEntry(Integer.parseInt(item.get()), kind.get(), text.get(), owner, due)),
        errors);
  }

  private static Optional<ViewState.Value> value(ViewState state, String blockId) {
    return Optional.ofNullable(state.getValues()).map(values -> values.get(blockId))
        .map(actions -> actions.get("value"));
  }
}
