package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void aValueContainingAPlaceholder_staysAsTyped() {
    assertThat(Texts.fill("{0} op {1} in {2}", "Titel {2} en {1}", "maandag", "Utrecht"))
        .isEqualTo("Titel {2} en {1} op maandag in Utrecht");
  }

  @Test
  void everyPlaceholder_isFilled_alsoWhenItComesTwiceOrOutOfOrder() {
    assertThat(Texts.fill("{1}, {0} en {1}", "a", "b")).isEqualTo("b, a en b");
  }

  @Test
  void bracesThatAreNoPlaceholder_stayAsTheyAre() {
    assertThat(Texts.fill("{x} {} {5} {0", "a")).isEqualTo("{x} {} {5} {0");
  }

  @Test
  void aRealTextWithATitleHoldingBraces_showsTheTitleAsTyped() {
    String text = Texts.get(Texts.DUTCH, "meeting.reply.scheduled", "1", "Overleg {2}", "do 3 december 2026");
    assertThat(text).isEqualTo("Bijeenkomst *#1 Overleg {2}* staat gepland op do 3 december 2026 en is in het kanaal aangekondigd.");
  }
}
