package nl.samen.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.samen.slack.command.BadCommand;
import org.junit.jupiter.api.Test;

class RuleSyntaxTest {
  @Test
  void commaSeparatedRules_inEnglishOrDutch() {
    assertThat(RuleSyntax.parse("7d channel, 1d dm,nudge 1d").stream().map(ReminderRule::text))
        .containsExactly("7d channel", "1d dm", "nudge 1d");
    assertThat(RuleSyntax.parse("2u pb, 30m Kanaal, por 12u").stream().map(ReminderRule::text))
        .containsExactly("2h dm", "30m channel", "nudge 12h");
    assertThat(RuleSyntax.parse("5 m dm")).containsExactly(ReminderRule.fromText("5m dm"));
  }

  @Test
  void badRules_areRefusedWithWhatWasWrong() {
    assertRefused("7d", "reminder.error.badRule");
    assertRefused("7w channel", "reminder.error.badRule");
    assertRefused("channel 7d", "reminder.error.badRule");
    assertRefused("1d dm, nudge 30m", "reminder.error.nudgeMinutes");
    assertRefused("0d dm", "reminder.error.zero");
    assertRefused("61d channel", "reminder.error.tooFar");
    assertRefused("1d dm, 1d dm", "reminder.error.duplicate");
    assertRefused(" , ", "reminder.error.noRules");
    assertRefused(String.join(",", List.of("1d dm", "2d dm", "3d dm", "4d dm", "5d dm", "6d dm",
        "7d dm", "8d dm", "9d dm", "10d dm", "11d dm")), "reminder.error.tooMany");
  }

  private static void assertRefused(String text, String key) {
    assertThatThrownBy(() -> RuleSyntax.parse(text))
        .isInstanceOf(BadCommand.class)
        .extracting(e -> ((BadCommand) e).messageKey())
        .isEqualTo(key);
  }
}
