package nl.samen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samen.network.SchoolYear;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SchoolYearBoundaryTest {

  @Test
  void thirtyFirstOfJuly_isTheLastDayOfTheOldYear_andFirstOfAugust_theFirstOfTheNew() {
    assertThat(SchoolYear.of(LocalDate.of(2027, 7, 31))).isEqualTo(new SchoolYear(2026));
    assertThat(SchoolYear.of(LocalDate.of(2027, 8, 1))).isEqualTo(new SchoolYear(2027));
    assertThat(SchoolYear.of(LocalDate.of(2027, 1, 1)).name()).isEqualTo("2026-2027");
    assertThat(SchoolYear.of(LocalDate.of(2026, 12, 31)).name()).isEqualTo("2026-2027");
  }

  @Test
  void aYearContainsItsFirstAndLastDay_andNotTheDaysAround() {
    SchoolYear year = new SchoolYear(2026);
    assertThat(year.contains(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 7, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 7, 31))).isFalse();
    assertThat(year.contains(LocalDate.of(2027, 8, 1))).isFalse();
  }

  @Test
  void aSchoolYearArgument_isReadWhenItLooksLikeOne_andRefusedWhenItIsWrong() {
    CommandLine args = CommandLine.parse("2026-2027 rest");
    assertThat(PlanArgs.acceptSchoolYear(args)).contains(new SchoolYear(2026));
    assertThat(PlanArgs.acceptSchoolYear(CommandLine.parse("rest"))).isEmpty();
    assertThat(PlanArgs.acceptSchoolYear(CommandLine.parse("2026/2027"))).contains(new SchoolYear(2026));
    Assertions.assertThatThrownBy(() -> PlanArgs.acceptSchoolYear(CommandLine.parse("2026-2028")))
        .isInstanceOf(BadCommand.class).hasMessage("plan.error.schoolYear");
  }

  @Test
  void percentages_runFromZeroToAHundred() {
    assertThat(PlanArgs.requirePercent(CommandLine.parse("0%"))).isZero();
    assertThat(PlanArgs.requirePercent(CommandLine.parse("100%"))).isEqualTo(100);
    assertThat(PlanArgs.requirePercent(CommandLine.parse("60"))).isEqualTo(60);
    Assertions.assertThatThrownBy(() -> PlanArgs.requirePercent(CommandLine.parse("101%")))
        .isInstanceOf(BadCommand.class);
    Assertions.assertThatThrownBy(() -> PlanArgs.requirePercent(CommandLine.parse("-5%")))
        .isInstanceOf(BadCommand.class);
  }

  @Test
  void anAmount_mayHaveTheEuroSignAsAWordOfItsOwn() {
    assertThat(PlanArgs.requireMoney(CommandLine.parse("€ 1.250,50"))).isEqualTo(new Money(125050));
    Assertions.assertThatThrownBy(() -> PlanArgs.requireMoney(CommandLine.parse("€ veel")))
        .isInstanceOf(BadCommand.class).hasMessage("plan.error.amount");
  }
}
