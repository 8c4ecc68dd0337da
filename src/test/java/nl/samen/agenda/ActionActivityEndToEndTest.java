package nl.samen.agenda;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samen.testing.BlockKitLimits;
import nl.samen.testing.TestApp;
import nl.samen.workshop.NetworkDayFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An action item tied to activity 1 of the plan, written down during network day #1. */
class ActionActivityEndToEndTest {
  private static final Instant DURING = Instant.parse("2026-12-03T09:00:00Z");

  @AutoClose
  private final TestApp app = NetworkDayFixture.start();

  @BeforeEach
  void aPlanActivityAndAnAgendaItem() {
    app.command(COORDINATOR, "plan goal add \"Meer eigenaarschap\"");
    app.command(COORDINATOR, "plan activity add 1 \"Intervisie opzetten\"");
    app.command(COORDINATOR, "agenda 1 add \"Intervisie\"");
    app.clock.set(DURING);
  }

  @Test
  void closingAnActionTiedToAnActivity_isRecordedInThatActivitysHistory() {
    assertThat(app.command(COORDINATOR,
        "action add 1 1 \"Groepjes indelen\" owner <@U0MEMBER|m> due 2026-12-10 activity 1").visible())
        .contains("Actiepunt *1. Groepjes indelen*", "hoort bij activiteit 1 van het plan");
    assertThat(app.command(MEMBER, "actions").visible()).contains("*1.* Groepjes indelen", "_(#1, item 1)_ · _plan activity 1_");

    assertThat(app.command(MEMBER, "action 1 done \"Vier groepjes van vijf\"").visible())
        .contains("Action *1. Groepjes indelen* is done");

    var plan = app.command(MEMBER, "plan");
    assertThat(plan.visible()).contains("Intervisie opzetten", "Actie 1 klaar: Vier groepjes van vijf", "<@U0MEMBER>");
    assertThat(BlockKitLimits.ackProblems(plan.body())).isEmpty();
  }

  @Test
  void anActionWithoutAnActivity_leavesThePlansHistoryAlone() {
    app.command(COORDINATOR, "action add 1 1 \"Groepjes indelen\" owner <@U0MEMBER|m> due 2026-12-10");

    app.command(MEMBER, "action 1 done \"Vier groepjes\"");

    assertThat(app.command(MEMBER, "plan").visible()).contains("Intervisie opzetten").doesNotContain("Actie 1 klaar");
  }

  @Test
  void anUnknownActivity_isRefused_andNoActionIsRecorded() {
    assertThat(app.command(COORDINATOR,
        "actie toevoegen 1 1 \"Groepjes indelen\" eigenaar <@U0MEMBER|m> voor 2026-12-10 activiteit 7").visible())
        .contains("Het plan heeft geen activiteit 7");

    assertThat(app.command(MEMBER, "actions").visible()).contains("No open action items");
  }
}
