package nl.samen.meeting;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit for meetings: announcements, lists, details, moves and cancellations. Pure functions. */
public final class MeetingViews {
  /** Slack allows 50 blocks a message; an announced meeting takes two. */
  static final int MEETINGS_PER_MESSAGE = 20;

  private MeetingViews() {}

  /** One line: "*#12 Title* · networkday" plus when and where, for mrkdwn. */
  public static String summary(Meeting meeting, Locale locale) {
    StringBuilder text = new StringBuilder("*#" + meeting.id() + " " + Escape.mrkdwn(meeting.title()) + "*");
    if (meeting.kind() == Meeting.Kind.NETWORKDAY) {
      text.append(" · ").append(Texts.get(locale, "meeting.kind.networkday"));
    }
    if (meeting.cancelled()) {
      text.append(" · *").append(Texts.get(locale, "meeting.status.cancelled")).append("*");
    }
    text.append("\n:calendar: ").append(when(meeting, locale));
    meeting.place().ifPresent(p -> text.append("\n:round_pushpin: ").append(Escape.mrkdwn(p)));
    return text.toString();
  }

  public static String when(Meeting meeting, Locale locale) {
    return Formats.dateAndTimes(meeting.date(), meeting.start(), meeting.end(), locale);
  }

  /** The channel post for new meetings, split into messages of at most 20 meetings each. */
  public static List<List<LayoutBlock>> announcement(List<Meeting> meetings, Locale locale) {
    List<List<LayoutBlock>> messages = new ArrayList<>();
    for (int from = 0; from < meetings.size(); from += MEETINGS_PER_MESSAGE) {
      List<LayoutBlock> blocks = new ArrayList<>();
      if (from == 0) {
        blocks.add(header(h -> h.text(plainText(Texts.get(locale,
            meetings.size() == 1 ? "meeting.announce.new" : "meeting.announce.series", meetings.size())))));
      }
      for (Meeting meeting : meetings.subList(from, Math.min(meetings.size(), from + MEETINGS_PER_MESSAGE))) {
        blocks.add(section(s -> s.text(markdownText(summary(meeting, locale)))));
        blocks.add(AnswerButtons.of(meeting.id(), locale));
      }
      blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "meeting.announce.hint",
          meetings.get(0).id()))))));
      messages.add(blocks);
    }
    return messages;
  }

  public static List<LayoutBlock> moved(Meeting before, Meeting after, Locale locale) {
    return List.of(
        section(s -> s.text(markdownText(Texts.get(locale, "meeting.moved.text", after.id(),
            Escape.mrkdwn(after.title()), when(before, locale), when(after, locale))))),
        AnswerButtons.of(after.id(), locale));
  }

  public static String cancelledText(Meeting meeting, Locale locale) {
    return Texts.get(locale, "meeting.cancelled.text", meeting.id(), Escape.mrkdwn(meeting.title()),
        when(meeting, locale))
        + meeting.cancelReason().map(r -> "\n" + Texts.get(locale, "meeting.cancelled.reason", Escape.mrkdwn(r)))
            .orElse("");
  }

  /** Upcoming meetings with the caller's own answer. */
  /** @param mine the caller's own answer as a word, by meeting id */
  public static List<LayoutBlock> list(Network network, List<Meeting> meetings, Map<Long, String> mine,
      Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(Texts.get(locale, "meeting.list.title",
        Escape.mrkdwn(network.name()))))));
    if (meetings.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(Texts.get(locale, "meeting.list.empty")))));
    }
    for (Meeting meeting : meetings.subList(0, Math.min(meetings.size(), 20))) {
      String answer = Optional.ofNullable(mine.get(meeting.id()))
          .map(word -> Texts.get(locale, "meeting.list.yourAnswer", word))
          .orElse(Texts.get(locale, "meeting.list.noAnswer"));
      blocks.add(section(s -> s.text(markdownText(summary(meeting, locale) + "\n" + answer))));
      blocks.add(AnswerButtons.of(meeting.id(), locale));
    }
    if (meetings.size() > 20) { // a message holds 50 blocks: say what is left out, and where to find it
      blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "meeting.list.more",
          meetings.size() - 20, meetings.get(20).id()))))));
    }
    return blocks;
  }

  /** Everything about one meeting: time, place, deadline, what other features add, and the answers so far. */
  public static List<LayoutBlock> details(Network network, Meeting meeting, List<LayoutBlock> answers, Locale locale) {
    return details(network, meeting, List.of(), answers, locale);
  }

  public static List<LayoutBlock> details(Network network, Meeting meeting, List<String> extraTexts,
      List<LayoutBlock> answers, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(summary(meeting, locale)))));
    blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "meeting.details.deadline",
        Formats.instant(meeting.rsvpDeadline(network.rsvpDeadlineBeforeStart()), meeting.zone(), locale),
        Escape.mrkdwn(network.name())))))));
    for (String text : extraTexts) {
      blocks.add(divider());
      blocks.addAll(Sections.of(text)); // a long agenda takes several sections
    }
    blocks.add(divider());
    blocks.addAll(answers);
    if (!meeting.cancelled()) {
      blocks.add(AnswerButtons.of(meeting.id(), locale));
    }
    return blocks;
  }
}
