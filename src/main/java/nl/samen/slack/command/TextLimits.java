package nl.samen.slack.command;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.samen.slack.Texts;

/**
 * How long each kind of typed text may be, in one table: commands ({@link CommandLine}) and modals
 * check against it. The caps leave room in Slack's limits (a header holds 150 characters, a section
 * 3,000, a modal's text input any length) and are long enough for real use.
 */
public final class TextLimits {
  /** Titles end up in headers (150 characters in Slack). */
  public static final int TITLE = 150;
  public static final int NAME = 100;
  public static final int PLACE = 200;
  public static final int REASON = 500;
  public static final int NOTE = 1000;

  private static final Map<String, Integer> CAPS = Map.ofEntries(
      Map.entry("meeting.what.title", TITLE),
      Map.entry("meeting.what.place", PLACE),
      Map.entry("meeting.what.reason", REASON),
      Map.entry("rsvp.what.reason", REASON),
      Map.entry("evaluation.what.remark", REASON),
      Map.entry("agenda.what.item", TITLE), // as AgendaItem.Draft.MAX_TITLE
      Map.entry("agenda.minutes.what.text", NOTE), // as Minute.MAX_TEXT
      Map.entry("agenda.action.what.what", TITLE), // as Action.MAX_WHAT
      Map.entry("agenda.action.what.note", NOTE),
      Map.entry("workshop.what.title", NAME), // as WorkshopDraft.MAX_TITLE
      Map.entry("workshop.what.room", PLACE),
      Map.entry("plan.what.goal", TITLE),
      Map.entry("plan.what.activity", TITLE),
      Map.entry("plan.what.note", NOTE),
      Map.entry("plan.what.outcome", NOTE),
      Map.entry("plan.what.spentOn", PLACE),
      Map.entry("network.what.name", NAME),
      Map.entry("network.what.school", NAME),
      Map.entry("focus.what.theme", NAME));

  private TextLimits() {}

  /** The cap for a kind of text, named by the text key that describes it. */
  public static OptionalInt capOf(String whatKey) {
    Integer cap = CAPS.get(whatKey);
    return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
  }

  /** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The problem with a text that is too long for its kind, if it is. */
  public static Optional<BadCommand> check(String whatKey, String text) {
    OptionalInt cap = capOf(whatKey);
    int length = length(text);
    if (cap.isPresent() && length > cap.getAsInt()) {
      return Optional.of(new BadCommand("command.error.tooLong", new Term(whatKey), cap.getAsInt(), length));
    }
    return Optional.empty();
  }

  /** The same problem as a sentence in the person's language, for a modal's field. */
  public static Optional<String> problem(Locale locale, String whatKey, String text) {
    return check(whatKey, text).map(bad -> Texts.get(locale, bad.messageKey(),
        Texts.get(locale, whatKey), bad.args()[1], bad.args()[2]));
  }
}
