package nl.samen.rsvp;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samen.meeting.AnswerButtons;
import nl.samen.slack.Escape;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** The list of answers and answer words, as Block Kit; the buttons are {@link AnswerButtons}. */
public final class RsvpViews {
  public static final String ACTION_YES = AnswerButtons.ACTION_YES;
  public static final String ACTION_NO = AnswerButtons.ACTION_NO;
  public static final String ACTION_MAYBE = AnswerButtons.ACTION_MAYBE;
  public static final String REASON_MODAL = "rsvp_reason";

  private RsvpViews() {}

  public static String answerWord(Answer answer, Locale locale) {
    return Texts.get(locale, "rsvp.answer." + answer.code());
  }

  /**
   * Who comes, who might and who does not. Reasons are shown only to coordinators and, for their own
   * answer, to the person; {@code notAnswered} is given only when a coordinator asks.
   */
  public static List<LayoutBlock> answers(List<Rsvp> answers, String viewer, boolean coordinator,
      Optional<List<String>> notAnswered, Locale locale) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Answer answer : List.of(Answer.YES, Answer.MAYBE, Answer.NO)) {
      List<Rsvp> these = answers.stream().filter(r -> r.answer() == answer).toList();
      // Names without a reason share one line; each reason gets a line of its own, so that forty
      // absentees with reasons split over several sections instead of breaking Slack's 3,000.
      List<String> lines = new ArrayList<>();
      String plain = these.stream().filter(r -> shownReason(r, viewer, coordinator).isEmpty())
          .map(r -> "<@" + r.userId() + ">").collect(Collectors.joining(", "));
      if (!plain.isEmpty() || these.isEmpty()) {
        lines.add(these.isEmpty() ? "–" : plain);
      }
      these.forEach(r -> shownReason(r, viewer, coordinator).ifPresent(reason ->
          lines.add("<@" + r.userId() + "> _(" + Escape.mrkdwn(reason) + ")_")));
      blocks.addAll(Sections.of("*" + Texts.get(locale, "rsvp.heading." + answer.code(), these.size()) + "*", lines));
    }
    notAnswered.ifPresent(missing -> blocks.add(section(s -> s.text(markdownText(
        "*" + Texts.get(locale, "rsvp.heading.none", missing.size()) + "*\n"
            + (missing.isEmpty() ? "–" : missing.stream().map(u -> "<@" + u + ">")
                .collect(Collectors.joining(", "))))))));
    return blocks;
  }

  private static Optional<String> shownReason(Rsvp rsvp, String viewer, boolean coordinator) {
    return coordinator || rsvp.userId().equals(viewer) ? rsvp.reason().filter(r -> !r.isBlank()) : Optional.empty();
  }
}
