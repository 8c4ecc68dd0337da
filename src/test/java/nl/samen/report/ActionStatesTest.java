package nl.samen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.samen.agenda.MeetingOutcomes.AgreedAction;
import org.junit.jupiter.api.Test;

class ActionStatesTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

  private static AgreedAction doneAt(String instant) {
    return new AgreedAction(1, "Rooster delen", "U0MEMBER", DUE, Optional.of(Instant.parse(instant)));
  }

  @Test
  void doneOnTheDueDateInTheNetworksZone_isOnTime_andTheNextDayIsLate() {
    LocalDate today = LocalDate.of(2027, 1, 10);
    assertThat(ActionStates.of(doneAt("2026-12-10T22:30:00Z"), AMSTERDAM, today))
        .as("23:30 in Amsterdam").isEqualTo(ActionStates.State.DONE_ON_TIME);
    assertThat(ActionStates.of(doneAt("2026-12-10T23:30:00Z"), AMSTERDAM, today))
        .as("00:30 the next day in Amsterdam").isEqualTo(ActionStates.State.DONE_LATE);
  }

  @Test
  void anOpenAction_isOpenOnItsDueDate_andOverdueTheDayAfter() {
    AgreedAction open = new AgreedAction(2, "Lokaal boeken", "U0OTHER", DUE, Optional.empty());
    assertThat(ActionStates.of(open, AMSTERDAM, DUE)).isEqualTo(ActionStates.State.OPEN);
    assertThat(ActionStates.of(open, AMSTERDAM, DUE.plusDays(1))).isEqualTo(ActionStates.State.OVERDUE);
  }
}
