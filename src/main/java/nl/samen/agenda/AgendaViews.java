package nl.samen.agenda;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.AnswerButtons;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;
import nl.samen.workshop.WorkshopSeats;
import nl.samen.workshop.WorkshopViews;

/** Block Kit for agendas: the list a command shows and the message in the channel. Pure functions. */
final class AgendaViews {
  /** A section holds 3000 characters: items go ten to a section. */
  private static final int ITEMS_PER_SECTION = 10;
  /** A header holds 150 characters. */
  private static final int HEADER_TEXT = 150;

  private AgendaViews() {}

  /**
   * When each item starts: the meeting's start plus the minutes of the items before it, as long as
   * every earlier item has minutes (after an item without them, nobody can say).
   */
  static List<Optional<LocalTime>> startTimes(LocalTime start, List<AgendaItem> items) {
    List<Optional<LocalTime>> times = new ArrayList<>();
    Optional<LocalTime> next = Optional.of(start);
    for (AgendaItem item : items) {
      times.add(next);
      Optional<LocalTime> at = next;
      next = item.minutes().flatMap(m -> at.map(t -> t.plusMinutes(m)))
          .filter(t -> !t.isBefore(start)); // past midnight: stop showing times
    }
    return times;
  }

  /**
   * The agenda as mrkdwn lines, e.g. "*1.* 09:30 Opening _(15 min · plenary · @owner)_"; for other
   * features' messages too (reminders show the agenda).
   */
  public static List<String> lines(Meeting meeting, List<AgendaItem> items, Locale locale) {
    List<Optional<LocalTime>> times = startTimes(meeting.start(), items);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      List<String> details = new ArrayList<>();
      item.minutes().ifPresent(m -> details.add(Texts.get(locale, "agenda.item.minutes", m)));
      item.part().ifPresent(p -> details.add(Texts.get(locale, "agenda.part." + p.code())));
      item.owner().ifPresent(o -> details.add("<@" + o + ">"));
      lines.add("*" + item.number() + ".* " + times.get(i).map(t -> Formats.time(t) + " ").orElse("")
          + Escape.mrkdwn(item.title()) + (details.isEmpty() ? "" : " _(" + String.join(" · ", details) + ")_"));
    }
    return lines;
  }

  /**
   * {@code agenda <id>}: the meeting, its items, open action items from before, open proposals and
   * (network day) workshops.
   */
  public static List<LayoutBlock> agenda(Meeting meeting, List<AgendaItem> items, List<AgendaItem> proposals,
      List<WorkshopSeats> workshops, List<LayoutBlock> actions, boolean coordinator, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, locale)))));
    blocks.add(divider());
    blocks.addAll(itemSections(meeting, items, locale));
    blocks.addAll(actions);
    if (!proposals.isEmpty()) {
      String list = String.join("\n", proposals.stream().map(p -> Texts.get(locale, "agenda.proposal.line",
          p.number(), Escape.mrkdwn(p.title()), p.createdBy())).toList());
      blocks.addAll(Sections.of("*" + Texts.get(locale, "agenda.proposal.heading") + "*\n" + list));
      if (coordinator) {
        blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "agenda.proposal.hint",
            meeting.id(), proposals.get(0).number()))))));
      }
    }
    blocks.addAll(workshopSections(meeting, workshops, locale));
    return blocks;
  }

  /**
   * The agenda in the channel: time, place, items, open action items, workshops, RSVP and workshop buttons.
   *
   * @param ranking whether a round's ranking is open: then the button to the ranking form as well
   */
  public static List<LayoutBlock> posted(Network network, Meeting meeting, List<AgendaItem> items,
      List<WorkshopSeats> workshops, boolean ranking, List<LayoutBlock> actions, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = Texts.get(locale, "agenda.posted.header", meeting.id(), Escape.plain(meeting.title()));
    blocks.add(header(h -> h.text(plainText(title.length() > HEADER_TEXT
        ? title.substring(0, HEADER_TEXT - 1) + "…" : title))));
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, locale)))));
    blocks.add(divider());
    blocks.addAll(itemSections(meeting, items, locale));
    blocks.addAll(actions);
    blocks.addAll(workshopSections(meeting, workshops, locale));
    if (meeting.cancelled()) {
      return blocks;
    }
    blocks.add(AnswerButtons.of(meeting.id(), locale));
    boolean choosing = meeting.kind() == Meeting.Kind.NETWORKDAY && !workshops.isEmpty();
    if (choosing) {
      blocks.add(WorkshopViews.chooseButton(meeting.id(), locale));
      if (ranking) {
        blocks.add(WorkshopViews.rankButton(meeting.id(), locale));
      }
    }
    blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale,
        choosing ? "agenda.posted.deadlineWorkshops" : "agenda.posted.deadline",
        Formats.instant(meeting.rsvpDeadline(network.rsvpDeadlineBeforeStart()), meeting.zone(), locale),
        meeting.id()))))));
    return blocks;
  }

  public static String fallback(Meeting meeting, Locale locale) {
    return Texts.get(locale, "agenda.posted.fallback", meeting.id(), Escape.mrkdwn(meeting.title()),
        MeetingViews.when(meeting, locale));
  }

  private static List<LayoutBlock> itemSections(Meeting meeting, List<AgendaItem> items, Locale locale) {
    if (items.isEmpty()) {
      return List.of(section(s -> s.text(markdownText(Texts.get(locale, "agenda.empty")))));
    }
    List<String> lines = lines(meeting, items, locale);
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += ITEMS_PER_SECTION) {
      String text = String.join("\n", lines.subList(from, Math.min(lines.size(), from + ITEMS_PER_SECTION)));
      blocks.addAll(Sections.of(text)); // ten items at their longest still take two
    }
    return blocks;
  }

  private static List<LayoutBlock> workshopSections(Meeting meeting, List<WorkshopSeats> workshops, Locale locale) {
    if (meeting.kind() != Meeting.Kind.NETWORKDAY || workshops.isEmpty()) {
      return List.of();
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText("*" + Texts.get(locale, "agenda.workshops.heading") + "*"))));
    blocks.addAll(WorkshopViews.rounds(workshops, locale));
    return blocks;
  }
}
