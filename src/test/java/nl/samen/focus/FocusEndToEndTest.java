package nl.samen.focus;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class FocusEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @Test
  void aMemberWithoutASchool_isAskedToRecordItFirst_andNothingIsAdded() {
    var answer = app.command(MEMBER, "focus add \"Rekenen\"");

    assertThat(answer.visible()).contains("first record yours with `/samen school");
    assertThat(app.command(MEMBER, "focus").visible()).contains("No school has a focus theme for 2026-2027");
  }

  @Test
  void themesSpelledDifferently_landTogether_andTheCallerSeesWhoSharesThem() {
    app.command(MEMBER, "school \"De Regenboog\"");
    app.command(OTHER, "school “OBS 't Palet”");
    app.command(COORDINATOR, "school \"obs 't palet\"");

    assertThat(app.command(OTHER, "speerpunt toevoegen “Rekenen”").visible())
        .contains("*Rekenen* is nu een speerpunt van OBS 't Palet voor 2026-2027");
    assertThat(app.command(COORDINATOR, "speerpunt toevoegen \"rekenen \"").visible())
        .contains("OBS 't Palet heeft *Rekenen* al als speerpunt");
    var added = app.command(MEMBER, "focus add \"reken-onderwijs\"").visible();
    assertThat(added).contains("*reken-onderwijs* is now a focus theme of De Regenboog for 2026-2027",
        "Also working on it:", "OBS 't Palet — talk to <@U0COORD>, <@U0OTHER>");
    app.command(MEMBER, "focus add \"Burgerschap\"");

    var overview = app.command(MEMBER, "focus").visible();

    assertThat(overview)
        .contains("*Focus themes 2026-2027*")
        .contains("• *Rekenen* — OBS 't Palet, De Regenboog")
        .contains("• *Burgerschap* — De Regenboog")
        .contains("*Schools that share the themes of De Regenboog*")
        .contains("• *Rekenen*: OBS 't Palet — talk to <@U0COORD>, <@U0OTHER>");
    assertThat(overview.split("Rekenen", -1)).hasSize(3);
  }

  @Test
  void removingATheme_acceptsAnotherSpelling_andAMissingThemeIsRefused() {
    app.command(MEMBER, "school \"De Regenboog\"");
    app.command(MEMBER, "focus add \"Rekenonderwijs\"");

    assertThat(app.command(MEMBER, "focus remove \"rekenen\"").visible())
        .contains("*Rekenonderwijs* is no longer a focus theme of De Regenboog");
    assertThat(app.command(MEMBER, "focus remove \"rekenen\"").visible())
        .contains("Your school has no focus theme \"rekenen\" for 2026-2027");
  }

  @Test
  void themesBelongToTheSchoolYear_aNewYearStartsEmpty() {
    app.command(MEMBER, "school \"De Regenboog\"");
    app.command(MEMBER, "focus add \"Rekenen\"");

    app.clock.set(java.time.Instant.parse("2027-07-31T21:59:00Z"));
    assertThat(app.command(MEMBER, "focus").visible()).contains("Rekenen");
    app.clock.set(java.time.Instant.parse("2027-07-31T22:00:00Z"));
    assertThat(app.command(MEMBER, "focus").visible()).contains("Focus themes 2027-2028").doesNotContain("Rekenen");
  }

  @Test
  void aBadFocusCommand_showsTheUsage_andChangesNothing() {
    app.command(MEMBER, "school \"De Regenboog\"");

    var answer = app.command(MEMBER, "focus add Rekenen");

    assertThat(answer.visible()).contains("between quotes").contains("focus add|remove");
    assertThat(app.command(MEMBER, "focus").visible()).doesNotContain("Rekenen");
  }
}
