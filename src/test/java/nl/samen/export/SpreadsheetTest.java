package nl.samen.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samen.testing.Sheets;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {
  private static final List<String> HOSTILE = List.of("x;=1+1;y", "=HYPERLINK(\"http://evil\";\"klik\")",
      "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "Koffie, thee; lunch", "twee\nregels", "'=1", "<f>1</f>");

  @Test
  void hostileText_opensAsOneTextCellEach_andNothingIsAFormula() {
    byte[] file = Spreadsheet.xlsx("Blad", List.of("nr", "tekst", "achter"),
        HOSTILE.stream().map(text -> List.<Object>of(1, text, "eind")).toList());

    Sheets.Opened opened = Sheets.open(file);

    assertThat(opened.formulas()).isEmpty();
    assertThat(opened.sheetXml()).doesNotContain("<f>").doesNotContain("<f ");
    assertThat(opened.rows().get(0)).containsExactly("nr", "tekst", "achter");
    assertThat(opened.rows().subList(1, opened.rows().size()))
        .extracting(row -> row.get(1)).containsExactlyElementsOf(HOSTILE);
    assertThat(opened.rows()).allSatisfy(row -> assertThat(row).hasSize(3));
    assertThat(opened.rows().get(1)).containsExactly("1", "x;=1+1;y", "eind");
  }

  @Test
  void accentsAndEmptyCells_surviveTheRoundTrip() {
    byte[] file = Spreadsheet.xlsx("Blad", List.of("a", "b"), List.of(List.of("Grüße, ‘t Palet", "")));

    assertThat(Sheets.open(file).rows().get(1).get(0)).isEqualTo("Grüße, ‘t Palet");
  }
}
