package nl.samen.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** The person's own tasks on their App Home: a section with its button each. Pure. */
final class HomeTasks {
  /** A home view holds 100 blocks; the tasks take at most this many plus three. */
  static final int MAX_TASKS = 8;

  private HomeTasks() {}

  static List<LayoutBlock> blocks(List<HomeTask> tasks, Locale locale) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText(Texts.get(locale, "home.title.tasks")))));
    for (HomeTask task : tasks.subList(0, Math.min(MAX_TASKS, tasks.size()))) {
      String text = Sections.chunks(task.mrkdwn(), Sections.TEXT).get(0); // one section per task
      blocks.add(section(s -> s.text(markdownText(text)).accessory(button(b -> b.actionId(task.actionId())
          .value(task.value()).text(plainText(task.button()))))));
    }
    if (tasks.size() > MAX_TASKS) {
      blocks.add(context(c -> c.elements(List.of(markdownText(
          Texts.get(locale, "home.tasks.more", tasks.size() - MAX_TASKS))))));
    }
    return blocks;
  }
}
