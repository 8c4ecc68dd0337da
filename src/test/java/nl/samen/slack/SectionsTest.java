package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
  @Test
  void shortText_staysOneSection() {
    assertThat(Sections.chunks("a\nb", 3000)).containsExactly("a\nb");
  }

  @Test
  void longText_isSplitBetweenLines_neverInsideOne_andLosesNothing() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add("<@U" + i + "> _(" + "r".repeat(480) + " " + i + ")_");
    }
    List<String> chunks = Sections.chunks(lines, 3000);

    assertThat(chunks).hasSizeGreaterThan(6).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(3000));
    assertThat(String.join("\n", chunks)).isEqualTo(String.join("\n", lines));
  }

  @Test
  void aSingleLineLongerThanASection_isCutWithAnEllipsis() {
    List<String> chunks = Sections.chunks("x".repeat(3500) + "\nnext", 3000);

    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(0)).hasSize(3000).endsWith("…");
    assertThat(chunks.get(1)).isEqualTo("next");
  }

  @Test
  void blankText_makesNoSection_forSlackRefusesAnEmptyOne() {
    assertThat(Sections.of("")).isEmpty();
    assertThat(Sections.chunks("\n\n", 3000)).isEmpty();
  }

  @Test
  void cut_doesNotSplitAnEmojiInTwo() {
    String cut = Sections.cut("ab\uD83D\uDE00cd", 4);

    assertThat(cut).isEqualTo("ab…");
  }

  @Test
  void aHeading_goesOnTheFirstSection() {
    assertThat(Sections.of("*Heading*", List.of("one", "two"))).hasSize(1);
    assertThat(Sections.chunks("*Heading*\none", 3000).get(0)).startsWith("*Heading*\n");
  }

  @Test
  void entriesOfSeveralLines_stayWhole_whenTheyFitInASection() {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      entries.add("\n*" + i + ". Workshop*\n" + "p".repeat(400) + "\n" + "w".repeat(300));
    }
    List<String> chunks = Sections.chunks(entries, 3000);

    assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(c -> {
      assertThat(c).startsWith("*").endsWith("w".repeat(300));
      assertThat(c.length()).isLessThanOrEqualTo(3000);
    });
  }
}
