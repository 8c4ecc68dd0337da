package nl.samen.workshop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.export.Spreadsheet;
import nl.samen.slack.Texts;

/**
 * All choices of a network day as a spreadsheet: per workshop first who has a seat, then the
 * waitlist in order. Coordinators open it in Excel to make door lists.
 */
final class WorkshopSheet {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private WorkshopSheet() {}

  public static byte[] xlsx(List<WorkshopSeats> workshops, List<WorkshopChoice> choices,
      Map<String, String> names, Map<String, String> schools, ZoneId zone, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (WorkshopSeats seats : workshops) {
      Workshop w = seats.workshop();
      List<String> everyone = new ArrayList<>(seats.seated());
      everyone.addAll(seats.waiting());
      for (String user : everyone) {
        Optional<Integer> place = seats.waitlistPosition(user);
        String chosenAt = choices.stream()
            .filter(c -> c.workshopId() == w.id() && c.userId().equals(user)).findFirst()
            .map(c -> LOCAL.format(c.chosenAt().atZone(zone))).orElse("");
        rows.add(Arrays.asList(w.round(), w.number(), w.title(),
            w.host().map(h -> names.getOrDefault(h, h)).orElse(""), w.room().orElse(""),
            Texts.get(locale, place.isPresent() ? "workshop.csv.waiting" : "workshop.csv.seated"),
            place.isPresent() ? place.get() : "", user, names.getOrDefault(user, ""),
            schools.getOrDefault(user, ""), chosenAt));
      }
    }
    return Spreadsheet.xlsx(Texts.get(locale, "workshop.csv.sheet"),
        List.of(Texts.get(locale, "workshop.csv.header").split(";")), rows);
  }
}
