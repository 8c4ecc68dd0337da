package nl.samen.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Long mrkdwn split into sections that Slack accepts (3,000 characters each), broken between lines
 * so that no line is torn in two; a single line longer than a section is cut short with "…".
 */
public final class Sections {
  /** Slack's limit for a section's text. */
  public static final int TEXT = 3000;

  private Sections() {}

  /** One or more sections holding this text, in order. */
  public static List<LayoutBlock> of(String mrkdwn) {
    return chunks(mrkdwn, TEXT).stream().map(text -> (LayoutBlock) section(s -> s.text(markdownText(text)))).toList();
  }

  /**
   * Sections of these entries, a heading (may be empty) on the first; an entry (which may have lines
   * of its own) is kept in one section whenever it fits in one.
   */
  public static List<LayoutBlock> of(String heading, List<String> entries) {
    List<String> all = new ArrayList<>();
    if (!heading.isEmpty()) {
      all.add(heading);
    }
    all.addAll(entries);
    return chunks(all, TEXT).stream().map(text -> (LayoutBlock) section(s -> s.text(markdownText(text)))).toList();
  }

  public static List<String> chunks(String text, int max) {
    return chunks(Arrays.asList(text.split("\n", -1)), max);
  }

  /** Lines (or entries) joined with newlines into texts of at most {@code max} characters each. */
  public static List<String> chunks(List<String> lines, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean started = false;
    List<String> units = new ArrayList<>();
    for (String line : lines) {
      if (line.length() > max && line.contains("\n")) {
        units.addAll(Arrays.asList(line.split("\n", -1))); // too long as a whole: split at its own lines
      } else {
        units.add(line);
      }
    }
    for (String line : units) {
      String fitted = cut(line, max);
      if (started && current.length() + 1 + fitted.length() > max) {
        out.add(current.toString().replaceFirst("^\n+", ""));
        current.setLength(0);
        started = false;
      }
      current.append(started ? "\n" : "").append(fitted);
      started = true;
    }
    if (started) {
      out.add(current.toString().replaceFirst("^\n+", ""));
    }
    out.removeIf(String::isBlank); // Slack refuses an empty section
    return out;
  }

  /** The text, or its start and "…" so that the whole is at most {@code max} characters long. */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
      end--; // do not split an emoji in two
    }
    return text.substring(0, end) + "…";
  }
}
