package nl.samen.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import org.junit.jupiter.api.Test;

class AgendaArgsTest {
  private static AgendaItem.Draft parse(String text) {
    CommandLine args = CommandLine.parse(text);
    AgendaItem.Draft draft = AgendaArgs.item(args);
    args.requireEnd();
    return draft;
  }

  @Test
  void optionsComeInAnyOrder_inEnglishOrDutch() {
    assertThat(parse("\"Casus\" <@U0X|x> subgroepen 45min"))
        .isEqualTo(new AgendaItem.Draft("Casus", Optional.of(45), Optional.of(AgendaItem.Part.SUBGROUPS),
            Optional.of("U0X")));
    assertThat(parse("“Opening” plenary 15 minuten")).isEqualTo(new AgendaItem.Draft("Opening", Optional.of(15),
        Optional.of(AgendaItem.Part.PLENARY), Optional.empty()));
    assertThat(parse("\"Pauze\"")).isEqualTo(AgendaItem.Draft.proposal("Pauze"));
  }

  @Test
  void anOptionGivenTwice_isRefused() {
    assertThatThrownBy(() -> parse("\"Casus\" 15m 20m")).isInstanceOf(BadCommand.class)
        .hasMessage("command.error.unexpected");
    assertThatThrownBy(() -> parse("\"Casus\" plenary subgroups")).isInstanceOf(BadCommand.class);
  }

  @Test
  void minutesOutOfRange_orWithoutAUnit_areRefused() {
    assertThatThrownBy(() -> parse("\"Casus\" 0m")).hasMessage("agenda.error.minutes");
    assertThatThrownBy(() -> parse("\"Casus\" 601m")).hasMessage("agenda.error.minutes");
    assertThatThrownBy(() -> parse("\"Casus\" 20")).hasMessage("command.error.expected");
  }
}
