package nl.samen.evaluation;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;
import nl.samen.slack.command.TextLimits;

/** The evaluation DM (five score buttons and a remark button), its answered form, and the remark modal. */
final class EvaluationViews {
  static final String SCORE = "evaluation_score_";
  static final String REMARK = "evaluation_remark";
  static final String REMARK_MODAL = "evaluation_remark_modal";
  static final String REMARK_BLOCK = "remark";

  private EvaluationViews() {}

  /** The question, or after a click the thanks with the score given; the buttons stay, to change it. */
  static List<LayoutBlock> question(Meeting meeting, Optional<Integer> given, Locale locale) {
    String text = text(meeting, given, locale);
    List<BlockElement> buttons = new ArrayList<>();
    for (int score = 1; score <= 5; score++) {
      int s = score;
      buttons.add(button(b -> b.actionId(SCORE + s).value(Long.toString(meeting.id())).text(plainText(Integer.toString(s)))
          .style(given.filter(g -> g == s).isPresent() ? "primary" : null)));
    }
    buttons.add(button(b -> b.actionId(REMARK).value(Long.toString(meeting.id()))
        .text(plainText(Texts.get(locale, "evaluation.ask.remark")))));
    return List.of(section(s -> s.text(markdownText(text))), actions(a -> a.elements(buttons)));
  }

  static String text(Meeting meeting, Optional<Integer> given, Locale locale) {
    String date = Formats.date(meeting.date(), locale);
    return given.map(score -> Texts.get(locale, "evaluation.thanks", meeting.id(), Escape.mrkdwn(meeting.title()), score,
            Formats.date(meeting.endsAt().plus(EvaluationService.OPEN_FOR).atZone(meeting.zone()).toLocalDate(), locale)))
        .orElseGet(() -> Texts.get(locale, "evaluation.ask.text", meeting.id(), Escape.mrkdwn(meeting.title()), date));
  }

  static View remarkModal(Meeting meeting, Locale locale) {
    return view(v -> v.type("modal")
        .callbackId(REMARK_MODAL)
        .privateMetadata(Long.toString(meeting.id()))
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "evaluation.modal.title"))))
        .submit(viewSubmit(s -> s.type("plain_text").text(Texts.get(locale, "evaluation.modal.submit"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "evaluation.modal.close"))))
        .blocks(List.of(input(i -> i.blockId(REMARK_BLOCK)
            .label(plainText(Texts.get(locale, "evaluation.modal.label", meeting.id(), Escape.plain(meeting.title()))))
            .element(plainTextInput(p -> p.actionId("value").multiline(true).maxLength(TextLimits.REASON)))))));
  }

  static View confirmation(String text, Locale locale) {
    return view(v -> v.type("modal")
        .title(viewTitle(t -> t.type("plain_text").text(Texts.get(locale, "evaluation.modal.title"))))
        .close(viewClose(c -> c.type("plain_text").text(Texts.get(locale, "evaluation.modal.close"))))
        .blocks(List.of(section(s -> s.text(markdownText(text))))));
  }

  /** What coordinators see of one meeting: the score from three answers on, remarks without names. */
  static String summary(Meeting meeting, EvaluationService.Summary summary, Locale locale) {
    StringBuilder text = new StringBuilder(Texts.get(locale, "evaluation.summary.title", meeting.id(),
        Escape.mrkdwn(meeting.title()), Formats.date(meeting.date(), locale)));
    if (summary instanceof EvaluationService.Summary.Scored scored) {
      text.append('\n').append(Texts.get(locale, "evaluation.summary.scored", average(scored.average(), locale),
          scored.answers()));
      if (!scored.remarks().isEmpty()) {
        text.append("\n\n").append(Texts.get(locale, "evaluation.summary.remarks"));
        scored.remarks().forEach(r -> text.append("\n> ").append(Escape.mrkdwn(r)));
      }
    } else {
      text.append('\n').append(Texts.get(locale, "evaluation.summary.tooFew", EvaluationService.ENOUGH));
    }
    return text.toString();
  }

  static String average(double average, Locale locale) {
    return String.format(Texts.supported(locale), "%.1f", average);
  }
}
