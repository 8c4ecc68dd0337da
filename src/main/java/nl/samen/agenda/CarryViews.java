package nl.samen.agenda;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samen.slack.Escape;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit for items that carry over: traces in the old meeting, the backlog, the "move open items" button. */
final class CarryViews {
  static final String ACTION_MOVE_OPEN = "agenda_move_open";

  private CarryViews() {}

  /** "~3. Title~ → item 2 of #5" (or "→ backlog, no. 4"), so that an old number still finds its item. */
  static String trace(MovedItem moved, Locale locale) {
    String title = moved.number() + ". " + Escape.mrkdwn(moved.title());
    return moved.toMeeting()
        .map(to -> Texts.get(locale, "agenda.carry.trace.meeting", title, moved.toNumber(), to))
        .orElseGet(() -> Texts.get(locale, "agenda.carry.trace.backlog", title, moved.toBacklog().orElse(0)));
  }

  /** The "Moved on" section of an agenda; none when nothing moved. */
  static List<LayoutBlock> traces(List<MovedItem> moved, Locale locale) {
    if (moved.isEmpty()) {
      return List.of();
    }
    return Sections.of("*" + Texts.get(locale, "agenda.carry.trace.heading") + "*",
        moved.stream().map(m -> trace(m, locale)).toList());
  }

  static List<LayoutBlock> backlog(List<BacklogItem> items, Locale locale) {
    if (items.isEmpty()) {
      return List.of(section(s -> s.text(markdownText(Texts.get(locale, "agenda.backlog.empty")))));
    }
    List<String> lines = items.stream().map(item -> "*" + item.number() + ".* " + Escape.mrkdwn(item.title())
        + item.owner().map(o -> " _(" + ActionViews.owner(o, locale) + ")_").orElse("")
        + item.fromMeeting().map(m -> " " + Texts.get(locale, "agenda.backlog.from", m)).orElse("")).toList();
    List<LayoutBlock> blocks = new ArrayList<>(Sections.of("*" + Texts.get(locale, "agenda.backlog.heading") + "*",
        lines));
    blocks.addAll(Sections.of(Texts.get(locale, "agenda.backlog.hint", items.get(0).number())));
    return blocks;
  }

  /** The answer to posting minutes, with a button that moves the open items on when there are any. */
  static List<LayoutBlock> posted(String text, long meetingId, int open, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>(Sections.of(text));
    if (open > 0) {
      blocks.add(section(s -> s.text(markdownText(Texts.get(locale, "agenda.carry.open", open, meetingId)))));
      blocks.add(actions(a -> a.blockId("carry_" + meetingId).elements(List.of(
          button(b -> b.actionId(ACTION_MOVE_OPEN).value(Long.toString(meetingId))
              .text(plainText(Texts.get(locale, "agenda.carry.button", open))))))));
    }
    return blocks;
  }
}
