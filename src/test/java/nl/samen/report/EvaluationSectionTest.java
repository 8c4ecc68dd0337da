package nl.samen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The year's evaluation trend in words: the scores in order, their mean, and the direction. */
class EvaluationSectionTest {
  private static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void scoresThatRiseByAQuarterPointOrMore_readAsRising() {
    assertThat(EvaluationSection.trend(scores(3.0, 2.5, 3.25), NL))
        .isEqualTo("Verloop over het jaar: 3,0 → 2,5 → 3,3; gemiddeld 2,9 van 5 over 3 bijeenkomsten (stijgend).");
  }

  @Test
  void scoresThatFall_readAsFalling_andASmallChangeOrASingleMeetingAsSteady() {
    assertThat(EvaluationSection.trend(scores(4.5, 3.0), Locale.ENGLISH)).endsWith("over 2 meetings (falling).");
    assertThat(EvaluationSection.trend(scores(4.0, 4.2), Locale.ENGLISH)).endsWith("(steady).");
    assertThat(EvaluationSection.trend(scores(4.0), Locale.ENGLISH)).endsWith("(steady).");
  }

  private static List<MeetingScores.Score> scores(double... averages) {
    return Arrays.stream(averages).mapToObj(a -> new MeetingScores.Score(a, 3)).toList();
  }
}
