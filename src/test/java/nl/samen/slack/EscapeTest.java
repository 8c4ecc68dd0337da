package nl.samen.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

  @Test
  void broadcastsAndMentions_becomePlainReadableText() {
    String shown = Escape.mrkdwn("Kom allemaal <!channel> en <!here|here>, vraag <@U123|jan> of <#C1|netwerk>");

    assertThat(shown).doesNotContain("<!").doesNotContain("<@").doesNotContain("<#")
        .contains("channel").contains("jan").contains("netwerk");
  }

  @Test
  void angleBracketsAndAmpersands_areEscapedForSlack() {
    assertThat(Escape.mrkdwn("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
    assertThat(Escape.mrkdwn("<https://evil.example|klik>")).doesNotContain("<").contains("&lt;https://evil.example|klik&gt;");
  }

  @Test
  void formattingCharacters_cannotOpenBoldCodeOrStrike() {
    String shown = Escape.mrkdwn("*vet* _schuin_ ~weg~ ```code```");

    assertThat(shown).doesNotContain("*v").doesNotContain("_s").doesNotContain("~w").doesNotContain("``");
    assertThat(shown.replace("\u200B", "")).isEqualTo("*vet* _schuin_ ~weg~ ```code```");
  }

  @Test
  void newlines_cannotBreakTheLayout() {
    assertThat(Escape.mrkdwn("regel 1\nregel 2\r\n\tregel 3")).isEqualTo("regel 1 regel 2 regel 3");
    assertThat(Escape.plain("a\nb")).isEqualTo("a b");
  }

  @Test
  void plainText_keepsCharactersButMakesMentionsReadable() {
    assertThat(Escape.plain("R&D <@U1|piet>")).isEqualTo("R&D @piet");
  }
}
