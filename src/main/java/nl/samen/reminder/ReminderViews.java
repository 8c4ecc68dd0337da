package nl.samen.reminder;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.meeting.AnswerButtons;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** Block Kit of reminders and nudges: the meeting, its agenda if any, the deadline, RSVP buttons. Pure. */
final class ReminderViews {
  private ReminderViews() {}

  static String fallback(Round round, Locale locale) {
    Meeting meeting = round.meeting();
    return round.rule().kind() == ReminderRule.Kind.NUDGE
        ? Texts.get(locale, "reminder.nudge.fallback", meeting.id(), Escape.mrkdwn(meeting.title()),
            deadline(round, locale))
        : Texts.get(locale, "reminder.fallback", meeting.id(), Escape.mrkdwn(meeting.title()),
            MeetingViews.when(meeting, locale));
  }

  static List<LayoutBlock> blocks(Round round, List<String> agenda, Locale locale) {
    return blocks(round, agenda, List.of(), locale);
  }

  /** @param actions open action items, plain lines: the network's in the channel, the reader's own in a DM */
  static List<LayoutBlock> blocks(Round round, List<String> agenda, List<String> actions, Locale locale) {
    Meeting meeting = round.meeting();
    Network network = round.network();
    String heading = switch (round.rule().kind()) {
      case CHANNEL -> Texts.get(locale, "reminder.channel.heading");
      case DM -> Texts.get(locale, "reminder.dm.heading", Escape.mrkdwn(network.name()));
      case NUDGE -> Texts.get(locale, "reminder.nudge.heading", Escape.mrkdwn(network.name()),
          deadline(round, locale));
    };
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(heading))));
    blocks.add(section(s -> s.text(markdownText(MeetingViews.summary(meeting, locale)))));
    if (!agenda.isEmpty()) {
      String items = agenda.stream().map(item -> "• " + Escape.mrkdwn(item)).collect(Collectors.joining("\n"));
      blocks.addAll(Sections.of("*" + Texts.get(locale, "reminder.agenda") + "*\n" + items));
    }
    if (!actions.isEmpty()) {
      String mine = actions.stream().map(line -> "• " + Escape.mrkdwn(line)).collect(Collectors.joining("\n"));
      String title = round.rule().kind() == ReminderRule.Kind.CHANNEL ? "reminder.networkActions" : "reminder.actions";
      blocks.addAll(Sections.of("*" + Texts.get(locale, title) + "*\n" + mine));
    }
    if (round.rule().kind() != ReminderRule.Kind.NUDGE) {
      blocks.add(context(c -> c.elements(List.of(markdownText(
          Texts.get(locale, "reminder.deadline", deadline(round, locale)))))));
    }
    blocks.add(AnswerButtons.of(meeting.id(), locale));
    return blocks;
  }

  static String deadline(Round round, Locale locale) {
    Meeting meeting = round.meeting();
    return Formats.instant(meeting.rsvpDeadline(round.network().rsvpDeadlineBeforeStart()), meeting.zone(), locale);
  }
}
