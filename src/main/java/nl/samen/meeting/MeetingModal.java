package nl.samen.meeting;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;
import com.slack.api.model.view.Views;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

/**
 * The "new meeting" modal: its view (with an optional own RSVP deadline), and reading a submission
 * back into a draft or field errors.
 */
public final class MeetingModal {
  public static final String CALLBACK_ID = "meeting_new";

  private MeetingModal() {}

  public static View view(Network network, Locale locale) {
    List<OptionObject> kinds = List.of(
        option(plainText(Texts.get(locale, "meeting.kind.meeting")), "meeting"),
        option(plainText(Texts.get(locale, "meeting.kind.networkday")), "networkday"));
    return Views.view(v -> v.type("modal")
        .callbackId(CALLBACK_ID)
        .privateMetadata(network.channelId())
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "meeting.modal.title"))))
        .submit(viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "meeting.modal.submit"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "meeting.modal.close"))))
        .blocks(List.of(
            input(i -> i.blockId("title").label(plainText(Texts.get(locale, "meeting.modal.titleLabel")))
                .element(plainTextInput(p -> p.actionId("value").maxLength(150)))),
            input(i -> i.blockId("date").label(plainText(Texts.get(locale, "meeting.modal.date")))
                .element(datePicker(d -> d.actionId("value")))),
            input(i -> i.blockId("start").label(plainText(Texts.get(locale, "meeting.modal.start")))
                .element(timePicker(t -> t.actionId("value").initialTime("09:30")))),
            input(i -> i.blockId("end").optional(true).label(plainText(Texts.get(locale, "meeting.modal.end")))
                .element(timePicker(t -> t.actionId("value")))),
            input(i -> i.blockId("place").optional(true).label(plainText(Texts.get(locale, "meeting.modal.place")))
                .element(plainTextInput(p -> p.actionId("value").maxLength(200)))),
            input(i -> i.blockId("kind").label(plainText(Texts.get(locale, "meeting.modal.kind")))
                .element(staticSelect(s -> s.actionId("value").options(kinds).initialOption(kinds.get(0))))),
            input(i -> i.blockId("deadline_date").optional(true)
                .label(plainText(Texts.get(locale, "meeting.modal.deadlineDate")))
                .element(datePicker(d -> d.actionId("value")))),
            input(i -> i.blockId("deadline_time").optional(true)
                .label(plainText(Texts.get(locale, "meeting.modal.deadlineTime")))
                .hint(plainText(Texts.get(locale, "meeting.modal.deadlineHint", network.rsvpDeadlineHours())))
                .element(timePicker(t -> t.actionId("value")))))));
  }

  /** What replaces the modal after scheduling when the coordinator must read something. */
  static View notice(String mrkdwn, Locale locale) {
    return Views.view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "meeting.modal.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "meeting.modal.done"))))
        .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
  }

  /** The field next to which a refusal of the service is shown. */
  static String fieldOf(MeetingService.Scheduled refused) {
    if (refused instanceof MeetingService.Refused.NoSuchTime missing) {
      return switch (missing.time().part()) {
        case START -> "start";
        case END -> "end";
        case DEADLINE -> "deadline_time";
      };
    }
    if (refused instanceof MeetingService.Refused.DeadlineAfterStart
        || refused instanceof MeetingService.Refused.DeadlineInPast) {
      return "deadline_date";
    }
    return refused instanceof MeetingService.Refused.InPast ? "date" : "title";
  }

  /** A submission read back: the draft, or the errors to show next to the fields. */
  public record Submission(Optional<MeetingDraft> draft, Map<String, String> errors) {}

  public static Submission read(ViewState state, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<String> title = text(state, "title");
    Optional<LocalDate> date = value(state, "date").map(ViewState.Value::getSelectedDate).map(LocalDate::parse);
    Optional<LocalTime> start = value(state, "start").map(ViewState.Value::getSelectedTime).map(LocalTime::parse);
    Optional<LocalTime> end = value(state, "end").map(ViewState.Value::getSelectedTime).map(LocalTime::parse);
    Optional<String> place = text(state, "place");
    Optional<LocalDate> deadlineDate = value(state, "deadline_date").map(ViewState.Value::getSelectedDate)
        .map(LocalDate::parse);
    Optional<LocalTime> deadlineTime = value(state, "deadline_time").map(ViewState.Value::getSelectedTime)
        .map(LocalTime::parse);
    boolean networkday = value(state, "kind").map(ViewState.Value::getSelectedOption)
        .map(o -> "networkday".equals(o.getValue())).orElse(false);
    if (title.isEmpty()) {
      errors.put("title", Texts.get(locale, "meeting.modal.error.title"));
    }
    // The inputs carry max_length, but a submission is checked here too: Slack is not the only client.
    title.flatMap(t -> TextLimits.problem(locale, "meeting.what.title", t)).ifPresent(p -> errors.put("title", p));
    place.flatMap(t -> TextLimits.problem(locale, "meeting.what.place", t)).ifPresent(p -> errors.put("place", p));
    if (date.isEmpty()) {
      errors.put("date", Texts.get(locale, "meeting.modal.error.date"));
    }
    if (start.isEmpty()) {
      errors.put("start", Texts.get(locale, "meeting.modal.error.start"));
    }
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      errors.put("end", Texts.get(locale, "meeting.modal.error.endBeforeStart"));
    }
    if (deadlineDate.isPresent() != deadlineTime.isPresent()) {
      errors.put(deadlineDate.isPresent() ? "deadline_time" : "deadline_date",
          Texts.get(locale, "meeting.modal.error.deadlineBoth"));
    }
    if (!errors.isEmpty()) {
      return new Submission(Optional.empty(), errors);
    }
    Optional<LocalDateTime> deadline = deadlineDate.flatMap(d -> deadlineTime.map(d::atTime));
    return new Submission(Optional.of(new MeetingDraft(title.get(),
        networkday ? Meeting.Kind.NETWORKDAY : Meeting.Kind.MEETING, date.get(), start.get(), end, place,
        Optional.empty(), deadline)), errors);
  }

  private static Optional<ViewState.Value> value(ViewState state, String blockId) {
    return Optional.ofNullable(state.getValues().get(blockId)).map(actions -> actions.get("value"));
  }

  private static Optional<String> text(ViewState state, String blockId) {
    return value(state, blockId).map(ViewState.Value::getValue).map(String::strip).filter(s -> !s.isEmpty());
  }
}
