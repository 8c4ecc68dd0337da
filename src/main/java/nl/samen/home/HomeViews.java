package nl.samen.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.meeting.AnswerButtons;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingViews;
import nl.samen.rsvp.RsvpViews;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** A person's App Home as Block Kit: upcoming meetings with RSVP buttons, networks, open items. Pure. */
final class HomeViews {
  /** A coordinator sees this many names of people who have not answered, then "and 12 more". */
  static final int MAX_NAMES = 30;

  private HomeViews() {}

  static View home(HomePage page) {
    Locale locale = page.user().locale();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(Texts.get(locale, "home.title.meetings")))));
    if (page.meetings().isEmpty()) {
      blocks.add(text(Texts.get(locale, "home.meetings.none")));
    }
    page.meetings().forEach(upcoming -> blocks.addAll(meeting(upcoming, locale)));
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText(Texts.get(locale, "home.title.networks")))));
    if (page.networks().isEmpty()) {
      blocks.add(text(Texts.get(locale, "home.networks.none")));
    }
    page.networks().forEach(membership -> blocks.addAll(Sections.of(network(membership, locale))));
    blocks.addAll(HomeTasks.blocks(page.tasks(), locale));
    if (!page.openItems().isEmpty()) {
      blocks.add(divider());
      blocks.add(header(h -> h.text(plainText(Texts.get(locale, "home.title.open")))));
      page.openItems().forEach(items -> blocks.addAll(Sections.of(openItems(items, locale))));
    }
    blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "home.hint"))))));
    return view(v -> v.type("home").blocks(blocks));
  }

  private static List<LayoutBlock> meeting(HomePage.Upcoming upcoming, Locale locale) {
    Meeting meeting = upcoming.meeting();
    StringBuilder text = new StringBuilder(MeetingViews.summary(meeting, locale))
        .append("\n:busts_in_silhouette: ").append(Escape.mrkdwn(upcoming.network().name()))
        .append("\n").append(upcoming.answer()
            .map(r -> Texts.get(locale, "home.meetings.yourAnswer", RsvpViews.answerWord(r.answer(), locale)))
            .orElse(Texts.get(locale, "home.meetings.noAnswer")));
    upcoming.extraLines().forEach(line -> text.append("\n").append(line));
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.addAll(Sections.of(text.toString()));
    if (upcoming.answersOpen()) {
      blocks.add(AnswerButtons.of(meeting.id(), locale));
    } else {
      String deadline = Formats.instant(meeting.rsvpDeadline(upcoming.network().rsvpDeadlineBeforeStart()),
          meeting.zone(), locale);
      blocks.add(context(c -> c.elements(List.of(markdownText(Texts.get(locale, "home.meetings.closed", deadline))))));
    }
    return blocks;
  }

  private static String network(HomePage.Membership membership, Locale locale) {
    StringBuilder text = new StringBuilder("*" + Escape.mrkdwn(membership.network().name()) + "* · "
        + Texts.get(locale, membership.coordinator() ? "home.networks.coordinator" : "home.networks.member"));
    text.append("\n").append(membership.next()
        .map(m -> Texts.get(locale, "home.networks.next", m.id(), Escape.mrkdwn(m.title()), MeetingViews.when(m, locale)))
        .orElse(Texts.get(locale, "home.networks.noNext")));
    membership.extraLines().forEach(line -> text.append("\n").append(line));
    return text.toString();
  }

  private static String openItems(HomePage.OpenItems items, Locale locale) {
    StringBuilder text = new StringBuilder("*" + Escape.mrkdwn(items.network().name()) + "*");
    items.next().ifPresentOrElse(next -> {
      text.append("\n").append(Texts.get(locale, "home.open.next", next.id(), Escape.mrkdwn(next.title())));
      text.append("\n").append(items.notAnswered().isEmpty()
          ? Texts.get(locale, "home.open.allAnswered")
          : Texts.get(locale, "home.open.notAnswered", items.notAnswered().size(), names(items.notAnswered(), locale)));
    }, () -> text.append("\n").append(Texts.get(locale, "home.open.noNext")));
    items.extraLines().forEach(line -> text.append("\n").append(line));
    return text.toString();
  }

  private static String names(List<String> users, Locale locale) {
    String shown = users.stream().limit(MAX_NAMES).map(u -> "<@" + u + ">").collect(Collectors.joining(", "));
    return users.size() > MAX_NAMES ? shown + " " + Texts.get(locale, "home.open.more", users.size() - MAX_NAMES) : shown;
  }

  private static LayoutBlock text(String mrkdwn) {
    return section(s -> s.text(markdownText(mrkdwn)));
  }
}
