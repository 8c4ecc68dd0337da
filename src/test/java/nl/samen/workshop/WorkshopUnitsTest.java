package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.slack.Texts;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import org.junit.jupiter.api.Test;

/** The small pure parts of workshops: the command's options, the picker's texts. */
class WorkshopUnitsTest {
  private static Workshop workshop(String title) {
    return new Workshop(1, "T", 1, 3, 1, title, 10, Optional.empty(), Optional.empty());
  }

  @Test
  void draft_readsOptionsInAnyOrder_withRoundOneByDefault() {
    assertThat(WorkshopCommands.draft(CommandLine.parse("\"Lezen\" lokaal \"B1\" capaciteit 12 door <@U0H|h>")))
        .isEqualTo(new WorkshopDraft("Lezen", 12, 1, Optional.of("U0H"), Optional.of("B1")));
    assertThatThrownBy(() -> WorkshopCommands.draft(CommandLine.parse("\"Lezen\" capacity 2 capacity 3")))
        .isInstanceOf(BadCommand.class).hasMessage("command.error.unexpected");
    assertThatThrownBy(() -> WorkshopCommands.draft(CommandLine.parse("\"Lezen\" round 2")))
        .hasMessage("workshop.error.capacityMissing");
    assertThatThrownBy(() -> WorkshopCommands.draft(CommandLine.parse("\"" + "x".repeat(101) + "\" capacity 2")))
        .hasMessage("command.error.tooLong");
  }

  @Test
  void pickerOptions_fitSlacksSeventyFiveCharacters_andSayHowFullTheWorkshopIs() {
    WorkshopSeats full = new WorkshopSeats(workshop("x".repeat(120)), List.of("a", "b", "c", "d", "e", "f", "g",
        "h", "i", "j"), List.of("k"));
    WorkshopSeats open = new WorkshopSeats(workshop("Lezen"), List.of("a"), List.of());

    assertThat(WorkshopModal.optionText(full, Texts.DUTCH)).hasSizeLessThanOrEqualTo(75).startsWith("3. xxx")
        .endsWith("… — vol, wachtlijst (1)");
    assertThat(WorkshopModal.optionText(open, Texts.ENGLISH)).isEqualTo("3. Lezen — 9 seats left");
  }

  @Test
  void pickerSubmission_isReadPerRound_ignoringBlocksThatAreNotOurs() {
    ViewState.Value selected = new ViewState.Value();
    ViewState.SelectedOption option = new ViewState.SelectedOption();
    option.setValue("3");
    selected.setSelectedOption(option);
    ViewState.Value empty = new ViewState.Value();
    ViewState state = new ViewState();
    state.setValues(Map.of("round_2", Map.of("workshop", selected), "round_1", Map.of("workshop", empty),
        "other", Map.of("workshop", selected)));

    assertThat(WorkshopModal.read(state)).containsExactly(Map.entry(2, 3));
  }
}
