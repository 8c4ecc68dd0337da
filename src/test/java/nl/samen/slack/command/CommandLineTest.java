package nl.samen.slack.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

  @Test
  void tokens_keepQuotedTextTogether_inStraightAndTypographicQuotes() {
    CommandLine line = CommandLine.parse("new \"IB overleg\" “Rekenen & taal” „Gouda” x");

    assertThat(line.acceptKeyword("new")).isTrue();
    assertThat(line.requireQuoted("t")).isEqualTo("IB overleg");
    assertThat(line.requireQuoted("t")).isEqualTo("Rekenen & taal");
    assertThat(line.requireQuoted("t")).isEqualTo("Gouda");
    assertThat(line.requireWord("w")).isEqualTo("x");
    assertThat(line.atEnd()).isTrue();
  }

  @Test
  void slackEscapes_areUndone_inWordsAndQuotedText() {
    CommandLine line = CommandLine.parse("\"A &amp; B &lt;3\" &gt;");

    assertThat(line.requireQuoted("t")).isEqualTo("A & B <3");
    assertThat(line.requireWord("w")).isEqualTo(">");
  }

  @Test
  void escapedMentions_giveTheUserId_withOrWithoutName() {
    CommandLine line = CommandLine.parse("<@U123ABC|jan> <@U999>");

    assertThat(line.requireMention()).isEqualTo("U123ABC");
    assertThat(line.acceptMention()).contains("U999");
  }

  @Test
  void numbers_mayCarryAHash() {
    CommandLine line = CommandLine.parse("#12 7 seven");

    assertThat(line.acceptNumber()).contains(12L);
    assertThat(line.acceptNumber()).contains(7L);
    assertThat(line.acceptNumber()).isEmpty();
  }

  @Test
  void keywords_matchCaseInsensitively() {
    assertThat(CommandLine.parse("Vergadering").acceptKeyword("vergadering")).isTrue();
    assertThat(CommandLine.parse("JA").requireKeyword("a", "yes", "ja")).isEqualTo(1);
  }

  @Test
  void anUnclosedQuote_isABadCommand() {
    assertThatThrownBy(() -> CommandLine.parse("setup \"Netwerk"))
        .isInstanceOf(BadCommand.class)
        .hasMessage("command.error.unclosedQuote");
  }

  @Test
  void leftoverWords_areRefused_notIgnored() {
    CommandLine line = CommandLine.parse("members please");
    line.requireWord("w");

    assertThatThrownBy(line::requireEnd).isInstanceOf(BadCommand.class).hasMessage("command.error.unexpected");
  }

  @Test
  void anEmptyQuotedText_isRefused() {
    CommandLine line = CommandLine.parse("school \"  \"");
    line.acceptKeyword("school");

    assertThatThrownBy(() -> line.requireQuoted("t")).isInstanceOf(BadCommand.class).hasMessage("command.error.emptyQuoted");
  }

  @ParameterizedTest
  @CsvSource({"2026-12-03,2026-12-03", "3-12-2026,2026-12-03", "03-12-2026,2026-12-03", "3/12/2026,2026-12-03",
      "29-2-2028,2028-02-29"})
  void dates_inIsoAndDutchOrder(String typed, String expected) {
    assertThat(DateTimeFormats.parseDate(typed)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31-2-2027", "2027-02-29", "0-1-2027", "2027-13-01"})
  void impossibleDates_areRefused(String typed) {
    assertThatThrownBy(() -> DateTimeFormats.parseDate(typed))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.impossibleDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "12-2026", "2026/12", "1.12.2026"})
  void nonDates_areRefused(String typed) {
    assertThatThrownBy(() -> DateTimeFormats.parseDate(typed))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.date");
  }

  @ParameterizedTest
  @CsvSource({"09:30,09:30", "9.30,09:30", "9:05,09:05", "23.59,23:59", "0:00,00:00"})
  void times_withColonOrDot(String typed, String expected) {
    assertThat(DateTimeFormats.parseTime(typed)).isEqualTo(LocalTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "9:60", "25.10"})
  void impossibleTimes_areRefused(String typed) {
    assertThatThrownBy(() -> DateTimeFormats.parseTime(typed))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.impossibleTime");
  }

  @Test
  void timeRanges_haveAnOptionalEnd_thatMustFollowTheStart() {
    assertThat(DateTimeFormats.parseTimeRange("9.30-12.00"))
        .isEqualTo(new TimeRange(LocalTime.of(9, 30), Optional.of(LocalTime.of(12, 0))));
    assertThat(DateTimeFormats.parseTimeRange("14:00")).isEqualTo(new TimeRange(LocalTime.of(14, 0), Optional.empty()));
    assertThat(DateTimeFormats.parseTimeRange("9:30–11:00").end()).contains(LocalTime.of(11, 0));
    assertThatThrownBy(() -> DateTimeFormats.parseTimeRange("12:00-09:30"))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.endBeforeStart");
    assertThatThrownBy(() -> DateTimeFormats.parseTimeRange("12:00-12:00"))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.endBeforeStart");
  }
}
