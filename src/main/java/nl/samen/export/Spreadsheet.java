package nl.samen.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as an .xlsx workbook of one sheet (or a few). A CSV opens in one column in Dutch Excel (which splits
 * on {@code ;}) and can turn typed text into a formula; in .xlsx every column is a column in every
 * locale, and what people typed is written as a text cell in text format, so it is never run, not
 * even after someone edits the cell. Numbers stay numbers, to sort and count.
 */
public final class Spreadsheet {
  public static final String EXTENSION = ".xlsx";

  /** Excel's number format "Text": what is typed into the cell later stays text as well. */
  private static final String TEXT = "@";

  private Spreadsheet() {}

  /** @param rows cells that are {@link Number}s become numbers; anything else is text */
  public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<?>> rows) {
    return xlsx(List.of(new Sheet(sheetName, header, rows)));
  }

  /** One sheet of a workbook: its name, its header row and its rows. */
  public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {}

  /** A workbook of several sheets, in this order. */
  public static byte[] xlsx(List<Sheet> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "Samen", "1.0")) {
      for (Sheet s : sheets) {
        Worksheet sheet = workbook.newWorksheet(s.name());
        for (int c = 0; c < s.header().size(); c++) {
          sheet.value(0, c, s.header().get(c));
          sheet.style(0, c).bold().format(TEXT).set();
        }
        for (int r = 0; r < s.rows().size(); r++) {
          List<?> row = s.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            cell(sheet, r + 1, c, row.get(c));
          }
        }
        sheet.freezePane(0, 1);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a spreadsheet in memory failed", e);
    }
    return out.toByteArray();
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else {
      sheet.value(r, c, value == null ? "" : value.toString());
      sheet.style(r, c).format(TEXT).set();
    }
  }
}
