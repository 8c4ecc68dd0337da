package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.slack.command.Term;
import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void inMrkdwn_samensOwnWordsAreTranslated_andWhatTheUserTypedIsEscaped() {
    Refusal refusal = Refusal.of("command.error.expected", new Term("command.what.date"), "<!channel> & co");

    assertThat(refusal.text(Texts.ENGLISH)).isEqualTo("Expected a date, but found `@\u200Bchannel &amp; co`.");
    assertThat(refusal.text(Texts.DUTCH)).isEqualTo("Ik verwachtte een datum, maar vond `@\u200Bchannel &amp; co`.");
  }

  @Test
  void asPlainText_theArgumentsStandAsTheyAre() {
    Refusal refusal = Refusal.of("focus.error.notThere", "Lezen & schrijven", "2026-2027");

    assertThat(refusal.plainText(Texts.ENGLISH)).isEqualTo("Your school has no focus theme \"Lezen & schrijven\" for 2026-2027.");
  }

  @Test
  void itsArguments_cannotBeChangedAfterwards() {
    Object[] args = {"#3"};
    Refusal refusal = Refusal.of("meeting.error.noSuchMeeting", args);
    args[0] = "#4";

    assertThat(refusal.args()).containsExactly("#3");
  }
}
