package nl.samen.agenda;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import com.slack.api.model.view.Views;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

/** The "Notuleren" form: the button under a posted agenda and the modal it opens (and its submission read back). */
final class MinutesModal {
  static final String ACTION_OPEN = "agenda_minutes_open";
  static final String CALLBACK_ID = "agenda_minutes";
  /** Slack: an option's text holds 75 characters, a select 100 options. */
  private static final int OPTION_TEXT = 75;
  private static final int MAX_OPTIONS = 100;

  private MinutesModal() {}

  static LayoutBlock openButton(long meetingId, Locale locale) {
    return actions(a -> a.blockId("minutes_" + meetingId).elements(List.of(
        button(b -> b.actionId(ACTION_OPEN).value(Long.toString(meetingId))
            .text(plainText(Texts.get(locale, "agenda.minutes.form.button")))))));
  }

  /** The form for the items the person may write on (all for coordinators, their own for an item's owner). */
  static View view(Meeting meeting, List<AgendaItem> items, Locale locale) {
    List<OptionObject> options = items.stream().limit(MAX_OPTIONS)
        .map(i -> option(plainText(Sections.cut(i.number() + ". " + i.title(), OPTION_TEXT)),
            Integer.toString(i.number())))
        .toList();
    List<OptionObject> kinds = List.of(MinutesEntry.Kind.values()).stream()
        .map(k -> option(plainText(Texts.get(locale, "agenda.minutes.form.kind." + k.code())), k.code())).toList();
    return Views.view(v -> v.type("modal")
        .callbackId(CALLBACK_ID)
        .privateMetadata(Long.toString(meeting.id()))
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "agenda.minutes.form.title"))))
        .submit(viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "agenda.minutes.form.submit"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "agenda.minutes.form.close"))))
        .blocks(List.of(
            section(s -> s.text(markdownText(Texts.get(locale, "agenda.minutes.form.intro", meeting.id())))),
            input(i -> i.blockId("item").label(plainText(Texts.get(locale, "agenda.minutes.form.item")))
                .element(staticSelect(s -> s.actionId("value").options(options)))),
            input(i -> i.blockId("kind").label(plainText(Texts.get(locale, "agenda.minutes.form.kind")))
                .element(staticSelect(s -> s.actionId("value").options(kinds).initialOption(kinds.get(0))))),
            input(i -> i.blockId("text").label(plainText(Texts.get(locale, "agenda.minutes.form.text")))
                .element(plainTextInput(p -> p.actionId("value").multiline(true).maxLength(Minute.MAX_TEXT)))),
            input(i -> i.blockId("owner").optional(true)
                .label(plainText(Texts.get(locale, "agenda.minutes.form.owner")))
                .element(usersSelect(u -> u.actionId("value")))),
            input(i -> i.blockId("due").optional(true).label(plainText(Texts.get(locale, "agenda.minutes.form.due")))
                .hint(plainText(Texts.get(locale, "agenda.minutes.form.actionHint")))
                .element(datePicker(d -> d.actionId("value")))))));
  }

  /** What replaces the form once an entry is recorded. */
  static View done(String mrkdwn, Locale locale) {
    return Views.view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "agenda.minutes.form.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "agenda.minutes.form.done"))))
        .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
  }

  /** A submission read back: the entry, or the errors to show next to the fields. */
  record Read(Optional<MinutesEntry> entry, Map<String, String> errors) {}

  static Read read(ViewState state, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<String> item = value(state, "item").map(ViewState.Value::getSelectedOption).map(o -> o.getValue())
        .filter(v -> v.matches("\\d{1,9}"));
    Optional<MinutesEntry.Kind> kind = value(state, "kind").map(ViewState.Value::getSelectedOption)
        .flatMap(o -> Arrays.stream(MinutesEntry.Kind.values()).filter(k -> k.code().equals(o.getValue()))
            .findFirst());
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
    boolean action = kind.orElse(MinutesEntry.Kind.NOTE) == MinutesEntry.Kind.ACTION;
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
