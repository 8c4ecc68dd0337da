package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.samen.slack.Escape;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit and texts for workshops: the overview per round, the button, seats left. Pure functions. */
public final class WorkshopViews {
  public static final String ACTION_OPEN = "workshop_open";
  private static final int MAX_NAMES = 60;

  private WorkshopViews() {}

  /** The "choose a workshop" button; the meeting's id travels in its value. */
  /** The button that opens the ranking form (while a round's ranking is open). */
  public static LayoutBlock rankButton(long meetingId, Locale locale) {
    return RankingModal.openButton(meetingId, locale);
  }

  public static LayoutBlock chooseButton(long meetingId, Locale locale) {
    return actions(a -> a.blockId("workshop_" + meetingId).elements(List.of(
        button(b -> b.actionId(ACTION_OPEN).value(Long.toString(meetingId))
            .text(plainText(Texts.get(locale, "workshop.button.choose")))))));
  }

  public static Map<Integer, List<WorkshopSeats>> byRound(List<WorkshopSeats> workshops) {
    return workshops.stream().collect(Collectors.groupingBy(s -> s.workshop().round(), TreeMap::new,
        Collectors.toList()));
  }

  /** "*2. Title* · host @x · room B1" in mrkdwn. */
  public static String line(Workshop workshop, Locale locale) {
    StringBuilder text = new StringBuilder("*" + workshop.number() + ". " + Escape.mrkdwn(workshop.title()) + "*");
    workshop.host().ifPresent(h -> text.append(" · ").append(Texts.get(locale, "workshop.host", h)));
    workshop.room().ifPresent(r -> text.append(" · ").append(Texts.get(locale, "workshop.room", Escape.mrkdwn(r))));
    return text.toString();
  }

  /** "3 of 12 seats left", or "full · 2 waiting". */
  public static String seats(WorkshopSeats seats, Locale locale) {
    return seats.seatsLeft() > 0
        ? Texts.get(locale, "workshop.seats.left", seats.seatsLeft(), seats.workshop().capacity())
        : Texts.get(locale, "workshop.seats.full", seats.waiting().size());
  }

  /** Per round, each workshop with its seats left: for the posted agenda. */
  public static List<LayoutBlock> rounds(List<WorkshopSeats> workshops, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    byRound(workshops).forEach((round, these) -> blocks.addAll(Sections.of(
        "*" + Texts.get(locale, "workshop.round", round) + "*", these.stream()
            .map(w -> "• " + line(w.workshop(), locale) + " — " + seats(w, locale)).toList())));
    return blocks;
  }

  /**
   * {@code workshops <id>}: per round each workshop with seats left and the viewer's own seat or
   * waitlist place; coordinators also see who has a seat and who waits, in order.
   */
  public static List<LayoutBlock> overview(List<WorkshopSeats> workshops, String viewer,
      boolean coordinator, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (workshops.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(Texts.get(locale, "workshop.list.empty")))));
    }
    byRound(workshops).forEach((round, these) -> {
      // Workshops share sections (a blank line apart) so that many of them stay within 50 blocks.
      List<String> entries = new ArrayList<>();
      for (WorkshopSeats w : these) {
        StringBuilder text = new StringBuilder(line(w.workshop(), locale) + "\n" + seats(w, locale));
        if (w.isSeated(viewer)) {
          text.append("\n:white_check_mark: ").append(Texts.get(locale, "workshop.list.yourSeat"));
        }
        w.waitlistPosition(viewer).ifPresent(p ->
            text.append("\n:hourglass: ").append(Texts.get(locale, "workshop.list.yourPlace", p)));
        if (coordinator) {
          text.append("\n").append(Texts.get(locale, "workshop.list.participants", people(w.seated())));
          text.append("\n").append(Texts.get(locale, "workshop.list.waitlist", numbered(w.waiting())));
        }
        entries.add("\n" + text);
      }
      blocks.addAll(Sections.of("*" + Texts.get(locale, "workshop.round", round) + "*", entries));
    });
    return blocks;
  }

  private static String people(List<String> users) {
    List<String> out = new ArrayList<>();
    users.forEach(u -> out.add("<@" + u + ">"));
    return joined(out);
  }

  private static String numbered(List<String> users) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      out.add((i + 1) + ". <@" + users.get(i) + ">");
    }
    return joined(out);
  }

  /** A section holds 3000 characters: a very long list is cut short (the CSV has everyone). */
  private static String joined(List<String> names) {
    if (names.isEmpty()) {
      return "–";
    }
    String shown = String.join(", ", names.subList(0, Math.min(names.size(), MAX_NAMES)));
    return names.size() > MAX_NAMES ? shown + ", … (+" + (names.size() - MAX_NAMES) + ")" : shown;
  }
}
