package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;

/** The ranking form: per ranked round a first, second and third choice, and reading it back. */
final class RankingModal {
  static final String CALLBACK_ID = "workshop_rank";
  static final String ACTION_OPEN = "workshop_rank_open";
  /** The action id of every select, as in the other forms. */
  static final String ACTION = "value";
  /** Slack's limits: an option's text is at most 75 characters, a static select at most 100 options. */
  private static final int OPTION_TEXT = 75;
  private static final int OPTIONS = 100;
  private static final Pattern BLOCK = Pattern.compile("rank_(\\d+)_([1-3])");

  private RankingModal() {}

  static String blockId(int round, int position) {
    return "rank_" + round + "_" + position;
  }

  /** The button that opens the form; the meeting's id travels in its value. */
  static LayoutBlock openButton(long meetingId, Locale locale) {
    return actions(a -> a.blockId("workshop_rank_" + meetingId).elements(List.of(
        button(b -> b.actionId(ACTION_OPEN).value(Long.toString(meetingId)).style("primary")
            .text(plainText(Texts.get(locale, "workshop.rank.button")))))));
  }

  /** {@code current}: the member's ranking per round, first choice first. */
  static View view(Meeting meeting, List<Workshop> rankable, Map<Integer, List<Workshop>> current, String closes,
      Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, locale) + "\n"
        + Texts.get(locale, "workshop.rank.intro", closes)))));
    Map<Integer, List<Workshop>> byRound = new TreeMap<>();
    rankable.forEach(w -> byRound.computeIfAbsent(w.round(), r -> new ArrayList<>()).add(w));
    byRound.forEach((round, these) -> {
      List<OptionObject> options = these.stream().limit(OPTIONS)
          .map(w -> option(plainText(optionText(w)), Integer.toString(w.number()))).toList();
      List<Workshop> mine = current.getOrDefault(round, List.of());
      for (int position = 1; position <= RankingService.MAX_CHOICES; position++) {
        int at = position;
        OptionObject initial = at <= mine.size() ? options.stream()
            .filter(o -> o.getValue().equals(Integer.toString(mine.get(at - 1).number()))).findFirst().orElse(null) : null;
        blocks.add(input(i -> i.blockId(blockId(round, at)).optional(true)
            .label(plainText(Texts.get(locale, "workshop.rank.label", round, Texts.get(locale, "workshop.rank.position." + at))))
            .element(staticSelect(s -> s.actionId(ACTION).options(options).initialOption(initial)
                .placeholder(plainText(Texts.get(locale, "workshop.modal.placeholder")))))));
      }
    });
    return Views.view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(Long.toString(meeting.id()))
        .title(Views.viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "workshop.rank.title"))))
        .submit(Views.viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "workshop.modal.submit"))))
        .close(Views.viewClose(c -> c.type("plain_text").text(Texts.get(locale, "workshop.modal.close"))))
        .blocks(blocks));
  }

  /** "2. Title", the title shortened to fit. */
  static String optionText(Workshop w) {
    String prefix = w.number() + ". ";
    String title = Escape.plain(w.title());
    int room = OPTION_TEXT - prefix.length();
    return prefix + (title.length() > room ? title.substring(0, room - 1) + "…" : title);
  }

  /** What was selected: round → position → workshop number; empty selects are absent. */
  static Map<Integer, Map<Integer, Integer>> read(ViewState state) {
    Map<Integer, Map<Integer, Integer>> picked = new TreeMap<>();
    if (state == null || state.getValues() == null) {
      return picked;
    }
    state.getValues().forEach((blockId, actions) -> {
      Matcher m = BLOCK.matcher(blockId);
      ViewState.Value value = actions.get(ACTION);
      if (m.matches() && value != null && value.getSelectedOption() != null
          && value.getSelectedOption().getValue().matches("\\d{1,6}")) {
        picked.computeIfAbsent(Integer.valueOf(m.group(1)), r -> new TreeMap<>())
            .put(Integer.valueOf(m.group(2)), Integer.valueOf(value.getSelectedOption().getValue()));
      }
    });
    return picked;
  }
}
