package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import com.slack.api.model.view.Views;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;

/** The workshop picker: one select per round showing seats left, and reading a submission back. */
public final class WorkshopModal {
  public static final String CALLBACK_ID = "workshop_choose";
  static final String ACTION = "workshop";
  /** The option that gives up one's choice in a round. */
  static final int NONE = 0;
  /** Slack cuts an option's text at 75 characters. */
  private static final int OPTION_TEXT = 75;

  private WorkshopModal() {}

  public static String blockId(int round) {
    return "round_" + round;
  }

  public static View view(Meeting meeting, List<WorkshopSeats> workshops, String viewer, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, locale)))));
    WorkshopViews.byRound(workshops).forEach((round, these) -> {
      List<OptionObject> options = new ArrayList<>();
      OptionObject current = null;
      for (WorkshopSeats w : these) {
        OptionObject option = option(plainText(optionText(w, locale)), Integer.toString(w.workshop().number()));
        options.add(option);
        if (w.involves(viewer)) {
          current = option;
        }
      }
      if (current != null) {
        options.add(option(plainText(Texts.get(locale, "workshop.modal.none")), Integer.toString(NONE)));
      }
      OptionObject initial = current;
      blocks.add(input(i -> i.blockId(blockId(round)).optional(true)
          .label(plainText(Texts.get(locale, "workshop.round", round)))
          .element(staticSelect(s -> s.actionId(ACTION).options(options).initialOption(initial)
              .placeholder(plainText(Texts.get(locale, "workshop.modal.placeholder")))))));
    });
    return Views.view(v -> v.type("modal")
        .callbackId(CALLBACK_ID)
        .privateMetadata(Long.toString(meeting.id()))
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "workshop.modal.title"))))
        .submit(viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "workshop.modal.submit"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "workshop.modal.close"))))
        .blocks(blocks));
  }

  /** "2. Title — 3 seats left", or "— full, waitlist (2)"; the title is shortened to fit. */
  static String optionText(WorkshopSeats w, Locale locale) {
    String seats = w.seatsLeft() > 0
        ? Texts.get(locale, "workshop.modal.seatsLeft", w.seatsLeft())
        : Texts.get(locale, "workshop.modal.full", w.waiting().size());
    String prefix = w.workshop().number() + ". ";
    int room = OPTION_TEXT - prefix.length() - seats.length() - 3;
    String title = Escape.plain(w.workshop().title());
    if (title.length() > room) {
      title = title.substring(0, Math.max(1, room - 1)) + "…";
    }
    return prefix + title + " — " + seats;
  }

  /** What was selected: round → workshop number ({@link #NONE} to give up); rounds left empty are absent. */
  public static Map<Integer, Integer> read(ViewState state) {
    Map<Integer, Integer> chosen = new TreeMap<>();
    if (state == null || state.getValues() == null) {
      return chosen;
    }
    state.getValues().forEach((blockId, actions) -> {
      if (!blockId.startsWith("round_") || actions.get(ACTION) == null) {
        return;
      }
      Optional.ofNullable(actions.get(ACTION).getSelectedOption()).map(ViewState.SelectedOption::getValue)
          .ifPresent(value -> {
            try {
              chosen.put(Integer.parseInt(blockId.substring("round_".length())), Integer.parseInt(value));
            } catch (NumberFormatException e) {
              // Not from our view: ignored, as if nothing was selected there.
            }
          });
    });
    return chosen;
  }
}
