package nl.samen.slack.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.samen.slack.Texts;
import org.junit.jupiter.api.Test;

class TextLimitsTest {
  @Test
  void aQuotedTextAtItsCap_isTaken_oneMore_isRefusedNamingTheCap() {
    String reason = "r".repeat(TextLimits.REASON);
    assertThat(CommandLine.parse("\"" + reason + "\"").acceptQuoted("rsvp.what.reason")).contains(reason);

    assertThatThrownBy(() -> CommandLine.parse("\"" + reason + "x\"").acceptQuoted("rsvp.what.reason"))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.tooLong")
        .satisfies(e -> assertThat(((BadCommand) e).args()).containsExactly(new Term("rsvp.what.reason"), 500, 501));
  }

  @Test
  void requireQuoted_checksTheCapOfWhatItReads() {
    assertThatThrownBy(() -> CommandLine.parse("\"" + "t".repeat(151) + "\"").requireQuoted("meeting.what.title"))
        .hasMessage("command.error.tooLong");
    assertThat(CommandLine.parse("\"" + "t".repeat(150) + "\"").requireQuoted("meeting.what.title")).hasSize(150);
  }

  @Test
  void anEmojiCountsAsOneCharacter() {
    String smiles = "\uD83D\uDE00".repeat(TextLimits.NAME);

    assertThat(TextLimits.check("network.what.school", smiles)).isEmpty();
  }

  @Test
  void everyKindPeopleType_hasACap() {
    for (String kind : new String[] {"meeting.what.title", "meeting.what.place", "meeting.what.reason",
        "rsvp.what.reason", "agenda.what.item", "workshop.what.title", "workshop.what.room", "plan.what.goal",
        "plan.what.activity", "plan.what.note", "plan.what.outcome", "plan.what.spentOn", "network.what.name",
        "network.what.school", "focus.what.theme"}) {
      assertThat(TextLimits.capOf(kind)).as(kind).isPresent();
    }
  }

  @Test
  void theProblem_readsAsASentence_inBothLanguages() {
    String tooLong = "p".repeat(201);

    assertThat(TextLimits.problem(Locale.ENGLISH, "meeting.what.place", tooLong))
        .contains("Too long: the place can be at most 200 characters; yours has 201.");
    assertThat(TextLimits.problem(Texts.DUTCH, "meeting.what.place", tooLong))
        .contains("Te lang: de plaats mag hoogstens 200 tekens hebben; de jouwe heeft er 201.");
  }
}
