package nl.samen.rsvp;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samen.slack.Escape;
import nl.samen.slack.Sections;
import nl.samen.slack.Texts;

/** RSVP buttons and the list of answers, as Block Kit. */
public final class RsvpViews {
  public static final String ACTION_YES = "rsvp_yes";
  public static final String ACTION_NO = "rsvp_no";
  public static final String ACTION_MAYBE = "rsvp_maybe";
  public static final String REASON_MODAL = "rsvp_reason";

  private RsvpViews() {}

  /** Yes / No / Maybe buttons; the meeting's id travels in each button's value. */
  public static LayoutBlock buttons(long meetingId, Locale locale) {
    String value = Long.toString(meetingId);
    return actions(a -> a.blockId("rsvp_" + meetingId).elements(List.of(
        button(b -> b.actionId(ACTION_YES).style("primary").value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.yes")))),
        button(b -> b.actionId(ACTION_NO).value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.no")))),
        button(b -> b.actionId(ACTION_MAYBE).value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.maybe")))))));
  }

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
