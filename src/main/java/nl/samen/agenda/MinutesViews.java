package nl.samen.agenda;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.slack.Escape;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit for a meeting's minutes: per agenda item its decisions and notes. Pure functions. */
final class MinutesViews {
  private MinutesViews() {}

  static String fallback(Meeting meeting, Locale locale) {
    return Texts.get(locale, "agenda.minutes.fallback", meeting.id(), Escape.plain(meeting.title()));
  }

  /**
   * The items that have minutes, in agenda order; an entry per item, so that Sections keeps it together. An
   * item moved away shows where it went (with the minutes that stayed, if it went to the backlog).
   */
  static List<LayoutBlock> minutes(Meeting meeting, List<AgendaItem> items, List<MovedItem> moved,
      List<Minute> minutes, Locale locale) {
    TreeMap<Integer, String> heads = new TreeMap<>();
    items.forEach(item -> heads.put(item.number(), "*" + item.number() + ". " + Escape.mrkdwn(item.title()) + "*"));
    moved.forEach(m -> heads.put(m.number(), CarryViews.trace(m, locale)));
    Set<Integer> traces = moved.stream().map(MovedItem::number).collect(Collectors.toSet());
    List<String> entries = new ArrayList<>();
    heads.forEach((number, head) -> {
      List<Minute> own = minutes.stream().filter(m -> m.itemNumber() == number).toList();
      if (own.isEmpty() && !traces.contains(number)) {
        return;
      }
      StringBuilder entry = new StringBuilder(head);
      for (Minute minute : own) {
        entry.append('\n').append(Texts.get(locale, "agenda.minutes.line." + minute.kind().code(),
            Escape.mrkdwn(minute.text())));
      }
      entries.add(entry.toString());
    });
    if (entries.isEmpty()) {
      entries.add(Texts.get(locale, "agenda.minutes.empty"));
    }
    String heading = Texts.get(locale, "agenda.minutes.heading", meeting.id(), Escape.mrkdwn(meeting.title()));
    return Sections.of(heading, entries);
  }
}
