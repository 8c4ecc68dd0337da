package nl.samen.workshop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.slack.Texts;

/**
 * All choices of a network day as CSV (RFC 4180, UTF-8): per workshop first who has a seat, then
 * the waitlist in order. Coordinators open it in a spreadsheet to make door lists.
 */
public final class WorkshopCsv {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WorkshopCsv() {}

  public static String csv(List<WorkshopSeats> workshops, List<WorkshopChoice> choices,
      Map<String, String> names, Map<String, String> schools, ZoneId zone, Locale locale) {
    StringBuilder out = new StringBuilder();
    row(out, List.of(Texts.get(locale, "workshop.csv.header").split(",")));
    for (WorkshopSeats seats : workshops) {
      Workshop w = seats.workshop();
      List<String> everyone = new ArrayList<>(seats.seated());
      everyone.addAll(seats.waiting());
      for (String user : everyone) {
        Optional<Integer> place = seats.waitlistPosition(user);
        String chosenAt = choices.stream()
            .filter(c -> c.workshopId() == w.id() && c.userId().equals(user)).findFirst()
            .map(c -> LOCAL.format(c.chosenAt().atZone(zone))).orElse("");
        row(out, List.of(Integer.toString(w.round()), Integer.toString(w.number()), w.title(),
            w.host().map(h -> names.getOrDefault(h, h)).orElse(""), w.room().orElse(""),
            Texts.get(locale, place.isPresent() ? "workshop.csv.waiting" : "workshop.csv.seated"),
            place.map(String::valueOf).orElse(""), user, names.getOrDefault(user, ""),
            schools.getOrDefault(user, ""), chosenAt));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Quotes a cell when it must, and defuses text that a spreadsheet would run as a formula: users
   * type workshop titles and rooms, and "=HYPERLINK(…)" in a door list is not what anyone wants.
   */
  static String cell(String value) {
    String text = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
