package nl.samen.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Opens an .xlsx the way a spreadsheet program does: its first sheet's cells, and any formulas in it. */
public final class Sheets {
  private Sheets() {}

  /** What a spreadsheet shows: the text of each cell by row, and the cells that are formulas. */
  public record Opened(List<List<String>> rows, List<String> formulas, String sheetXml) {}

  /** Whether these bytes (an upload) hold a zip file, as an .xlsx is. */
  public static boolean isWorkbook(byte[] bytes) {
    return indexOf(bytes, new byte[] {'P', 'K', 3, 4}, 0) >= 0;
  }

  /** @param bytes the file, possibly inside an upload's multipart body */
  public static Opened open(byte[] bytes) {
    byte[] file = zipIn(bytes);
    List<List<String>> rows = new ArrayList<>();
    List<String> formulas = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
      for (Row row : workbook.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : cell.getText());
          if (cell != null && (cell.getType() == CellType.FORMULA || cell.getFormula() != null)) {
            formulas.add(cell.getAddress().toString());
          }
        }
        rows.add(cells);
      }
      return new Opened(rows, formulas, sheetXml(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells, by row, of the sheet with this name (a workbook can hold more than the first). */
  public static List<List<String>> sheet(byte[] bytes, String name) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(zipIn(bytes)))) {
      List<List<String>> rows = new ArrayList<>();
      for (Row row : workbook.findSheet(name).orElseThrow(() -> new AssertionError("No sheet " + name)).read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Read through the central directory, as spreadsheet programs do (the entries carry Zip64 descriptors). */
  private static String sheetXml(byte[] file) throws IOException {
    Path copy = Files.createTempFile("samen-sheet", ".xlsx");
    try {
      Files.write(copy, file);
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
        if (entry == null) {
          throw new AssertionError("No first sheet in the workbook");
        }
        try (var in = zip.getInputStream(entry)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** The zip file from its first local header to the end of its central directory. */
  private static byte[] zipIn(byte[] bytes) {
    int start = indexOf(bytes, new byte[] {'P', 'K', 3, 4}, 0);
    int end = -1;
    for (int i = indexOf(bytes, new byte[] {'P', 'K', 5, 6}, start); i >= 0; i = indexOf(bytes, new byte[] {'P', 'K', 5, 6}, i + 1)) {
      end = i;
    }
    if (start < 0 || end < 0) {
      throw new AssertionError("Not a zip (xlsx) file");
    }
    int commentLength = (bytes[end + 20] & 0xff) | (bytes[end + 21] & 0xff) << 8;
    return Arrays.copyOfRange(bytes, start, end + 22 + commentLength);
  }

  private static int indexOf(byte[] bytes, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
