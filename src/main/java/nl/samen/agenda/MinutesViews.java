package nl.samen.agenda;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** The items that have minutes, in agenda order; an entry per item, so that Sections keeps it together. */
  static List<LayoutBlock> minutes(Meeting meeting, List<AgendaItem> items, List<Minute> minutes, Locale locale) {
    List<String> entries = new ArrayList<>();
    for (AgendaItem item : items) {
      List<Minute> own = minutes.stream().filter(m -> m.itemNumber() == item.number()).toList();
      if (own.isEmpty()) {
        continue;
      }
      StringBuilder entry = new StringBuilder("*" + item.number() + ". " + Escape.mrkdwn(item.title()) + "*");
      for (Minute minute : own) {
        entry.append('\n').append(Texts.get(locale, "agenda.minutes.line." + minute.kind().code(),
            Escape.mrkdwn(minute.text())));
      }
      entries.add(entry.toString());
    }
    if (entries.isEmpty()) {
      entries.add(Texts.get(locale, "agenda.minutes.empty"));
    }
    String heading = Texts.get(locale, "agenda.minutes.heading", meeting.id(), Escape.mrkdwn(meeting.title()));
    return Sections.of(heading, entries);
  }
}
