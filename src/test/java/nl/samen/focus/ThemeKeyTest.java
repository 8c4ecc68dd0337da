package nl.samen.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeKeyTest {

  @Test
  void rekenenInEveryFormTheIssueNames_landsOnOneKey() {
    assertThat(List.of("Rekenen", "rekenen ", "reken-onderwijs", "rekenonderwijs", "REKENEN",
            "  Reken onderwijs", "Rekenvaardigheid"))
        .extracting(ThemeKey::of)
        .containsOnly("reken");
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same theme")
  @CsvSource(delimiter = '|', value = {
      "Lezen | leesonderwijs",
      "Begrijpend lezen | begrijpend-lezen",
      "Schrijven | schrijfonderwijs",
      "Taal | taalbeleid",
      "Burgerschap | burgerschapsonderwijs",
      "Sociaal-emotionele ontwikkeling | sociaal emotioneel",
      "Wereldoriëntatie | wereldorientatie",
      "ICT | ict-beleid",
      "Coöperatief leren | cooperatief leren",
      "Spelling | spelling!"})
  void spellingVariants_landTogether(String one, String other) {
    assertThat(ThemeKey.matches(ThemeKey.of(one), ThemeKey.of(other))).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" stay apart")
  @CsvSource(delimiter = '|', value = {
      "Rekenen | Tekenen",
      "Lezen | Leren",
      "Taal | Tafels",
      "Rekenen | Lezen",
      "Burgerschap | Wetenschap",
      "Spelling | Spel"})
  void differentThemes_stayApart(String one, String other) {
    assertThat(ThemeKey.matches(ThemeKey.of(one), ThemeKey.of(other))).isFalse();
  }

  @Test
  void aTypoInALongTheme_matchesTheExistingKey() {
    String existing = ThemeKey.of("Burgerschap");

    assertThat(ThemeKey.resolve(ThemeKey.of("Burgerscap"), List.of("reken", existing))).isEqualTo(existing);
    assertThat(ThemeKey.resolve(ThemeKey.of("Burgerschapp"), List.of(existing))).isEqualTo(existing);
  }

  @Test
  void aShortStemOneLetterOff_keepsItsOwnKey() {
    assertThat(ThemeKey.resolve(ThemeKey.of("Tekenen"), List.of("reken"))).isEqualTo("teken");
  }

  @Test
  void anExactMatch_winsOverATypoMatch() {
    assertThat(ThemeKey.resolve("burgerschap", List.of("burgerschep", "burgerschap"))).isEqualTo("burgerschap");
  }

  @Test
  void fold_ignoresCaseAccentsSpacesAndPunctuation() {
    assertThat(ThemeKey.fold("OBS ’t Palet")).isEqualTo(ThemeKey.fold("obs t palet")).isEqualTo("obstpalet");
    assertThat(ThemeKey.fold("Coördinatie")).isEqualTo("coordinatie");
  }

  @Test
  void aThemeOfOnlyAGenericWord_keepsAKey() {
    assertThat(ThemeKey.of("Onderwijs")).isNotEmpty();
    assertThat(ThemeKey.of("Onderwijs")).isNotEqualTo(ThemeKey.of("Rekenen"));
  }

  @Test
  void editDistance_countsOneInsertDeleteReplaceOrSwap() {
    assertThat(EditDistance.atMostOne("burgerschap", "burgerschap")).isTrue();
    assertThat(EditDistance.atMostOne("burgerschap", "burgerscap")).isTrue();
    assertThat(EditDistance.atMostOne("burgerschap", "burgrescap")).isFalse();
    assertThat(EditDistance.atMostOne("burgerschap", "bugrerschap")).isTrue();
    assertThat(EditDistance.atMostOne("burgerschap", "burgerschep")).isTrue();
    assertThat(EditDistance.atMostOne("burgerschap", "burgerschappen")).isFalse();
  }
}
