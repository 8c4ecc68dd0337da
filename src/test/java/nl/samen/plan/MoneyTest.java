package nl.samen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @ParameterizedTest(name = "{0} is {1} cents")
  @CsvSource(delimiter = ';', value = {
      "350; 35000",
      "350.50; 35050",
      "350,50; 35050",
      "350,5; 35050",
      "350.05; 35005",
      "€350; 35000",
      "€ 350; 35000",
      "350€; 35000",
      "350,-; 35000",
      "1.250,50; 125050",
      "1,250.50; 125050",
      "€1.250,50; 125050",
      "1.250; 125000",
      "1,250; 125000",
      "1.250.000; 125000000",
      "1,250,000.99; 125000099",
      "1250.5; 125050",
      "0,01; 1",
      "0; 0",
      "0.1; 10",
      "10000000; 1000000000"})
  void parse_readsTheFormsPeopleType_asExactCents(String text, long cents) {
    assertThat(Money.parse(text)).contains(new Money(cents));
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"", "€", "abc", "-5", "3.5.0", "1.25.0", "12,3456", "1.250.50", "1,250,50",
      "12.345,678", "1.2345", "1 250", "350.", ",50", "10000000,01", "999999999999999999999", "3e2", "350 EUR"})
  void parse_refusesAnythingElse(String text) {
    assertThat(Money.parse(text)).isEmpty();
  }

  @Test
  void sums_stayExact_whereDoublesWouldDrift() {
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Money.parse("0,10").orElseThrow());
    }
    assertThat(sum).isEqualTo(new Money(100));
    assertThat(new Money(125050).minus(new Money(45000))).isEqualTo(new Money(80050));
  }

  @Test
  void format_writesEurosAsEachLanguageDoes() {
    assertThat(new Money(125050).format(Locale.forLanguageTag("nl"))).isEqualTo("€ 1.250,50");
    assertThat(new Money(125050).format(Locale.ENGLISH)).isEqualTo("€1,250.50");
    assertThat(new Money(5).format(Locale.ENGLISH)).isEqualTo("€0.05");
    assertThat(new Money(-20000).format(Locale.forLanguageTag("nl"))).isEqualTo("-€ 200,00");
    assertThat(new Money(123456789).format(Locale.forLanguageTag("nl"))).isEqualTo("€ 1.234.567,89");
  }
}
