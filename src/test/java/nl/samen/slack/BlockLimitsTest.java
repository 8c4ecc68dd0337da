package nl.samen.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewTitle;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.samen.testing.BlockKitLimits;
import org.junit.jupiter.api.Test;

/** The last line of defence: whatever a view built, what reaches Slack is within its limits. */
class BlockLimitsTest {
  private static String json(Object value) {
    return GsonFactory.createSnakeCase().toJson(value);
  }

  private static List<LayoutBlock> tooMuchOfEverything(int blocks) {
    List<LayoutBlock> out = new ArrayList<>();
    out.add(header(h -> h.text(plainText("H".repeat(200)))));
    out.add(section(s -> s.text(markdownText(("line " + "x".repeat(90) + "\n").repeat(80)))));
    List<TextObject> fields = new ArrayList<>();
    IntStream.range(0, 14).forEach(i -> fields.add(markdownText("f".repeat(2500))));
    out.add(section(s -> s.fields(fields)));
    List<BlockElement> buttons = new ArrayList<>();
    IntStream.range(0, 30).forEach(i -> buttons.add(button(b -> b.actionId("b" + i).text(plainText("B".repeat(90))))));
    out.add(actions(a -> a.blockId("many").elements(buttons)));
    List<OptionObject> options = new ArrayList<>();
    IntStream.range(0, 120).forEach(i -> options.add(option(plainText("O".repeat(80) + i), "v" + i)));
    out.add(section(s -> s.text(markdownText("pick")).accessory(staticSelect(x -> x.actionId("pick").options(options)))));
    List<com.slack.api.model.block.ContextBlockElement> notes = new ArrayList<>();
    IntStream.range(0, 12).forEach(i -> notes.add(markdownText("n")));
    out.add(context(c -> c.elements(notes)));
    while (out.size() < blocks) {
      out.add(section(s -> s.text(markdownText("more"))));
    }
    return out;
  }

  @Test
  void theChecker_seesEveryBrokenLimit_inBlocksThatWereNotFitted() {
    List<String> problems = BlockKitLimits.messageProblems(null, json(tooMuchOfEverything(60)));

    assertThat(String.join("\n", problems)).contains("no fallback text", "blocks in a message", "header text",
        "section text", "fields", "field text", "actions elements", "button text", "options", "option text",
        "context elements");
  }

  @Test
  void aMessageThatBreaksEveryLimit_isFittedWithinThemAll() {
    List<LayoutBlock> fitted = BlockLimits.fitMessage(tooMuchOfEverything(60), "a test");
    String blocks = json(fitted);

    assertThat(BlockKitLimits.messageProblems(BlockLimits.fallback(null, fitted), blocks)).isEmpty();
    assertThat(fitted).hasSize(50);
  }

  @Test
  void aLongSection_isSplitAtLines_andNothingIsLostWhileItFits() {
    String text = ("line " + "x".repeat(90) + "\n").repeat(80).strip();
    List<LayoutBlock> fitted = BlockLimits.fitMessageJson(json(List.of(section(s -> s.text(markdownText(text))))), "a test")
        .transform(j -> GsonFactory.createSnakeCase().fromJson(j,
            new com.google.gson.reflect.TypeToken<List<LayoutBlock>>() {}.getType()));

    assertThat(fitted).hasSize(3);
    assertThat(json(fitted)).contains("line " + "x".repeat(90));
  }

  @Test
  void blocksWithinTheLimits_areLeftAsTheyAre() {
    List<LayoutBlock> fine = List.of(section(s -> s.text(markdownText("fine"))));
    String blocksJson = json(fine);

    assertThat(BlockLimits.fitMessage(fine, "a test")).isSameAs(fine);
    assertThat(BlockLimits.fitMessageJson(blocksJson, "a test")).isSameAs(blocksJson);
  }

  @Test
  void aMessageWithBlocksButNoText_getsItsFirstTextAsFallback() {
    String blocks = json(List.of(section(s -> s.text(markdownText("*#12 Overleg*")))));

    assertThat(BlockLimits.fallback("", blocks)).isEqualTo("*#12 Overleg*");
    assertThat(BlockLimits.fallback("given", blocks)).isEqualTo("given");
  }

  @Test
  void aViewOverAHundredBlocks_withALongTitle_isFitted() {
    View home = view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text("T".repeat(40))))
        .blocks(tooMuchOfEverything(130)));

    View fitted = BlockLimits.fitView(home, "a test");

    assertThat(BlockKitLimits.viewProblems(json(fitted))).isEmpty();
    assertThat(fitted.getBlocks()).hasSize(100);
  }
}
