package nl.samen.meeting;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import nl.samen.slack.Texts;

/**
 * Yes / No / Maybe under a meeting, wherever it is shown (announcements, lists, details, reminders,
 * the App Home). The answers feature handles the clicks by these action ids.
 */
public final class AnswerButtons {
  public static final String ACTION_YES = "rsvp_yes";
  public static final String ACTION_NO = "rsvp_no";
  public static final String ACTION_MAYBE = "rsvp_maybe";

  private AnswerButtons() {}

  /** The meeting's id travels in each button's value. */
  public static LayoutBlock of(long meetingId, Locale locale) {
    String value = Long.toString(meetingId);
    return actions(a -> a.blockId("rsvp_" + meetingId).elements(List.of(
        button(b -> b.actionId(ACTION_YES).style("primary").value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.yes")))),
        button(b -> b.actionId(ACTION_NO).value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.no")))),
        button(b -> b.actionId(ACTION_MAYBE).value(value)
            .text(plainText(Texts.get(locale, "rsvp.button.maybe")))))));
  }
}
