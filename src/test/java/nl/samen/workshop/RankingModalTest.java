package nl.samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.testing.BlockKitLimits;
import org.junit.jupiter.api.Test;

/** The ranking form within Slack's limits, whatever the titles. */
class RankingModalTest {
  private static final Meeting DAY = new Meeting(1, "T", 1, "Netwerkdag", Meeting.Kind.NETWORKDAY,
      LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), Optional.empty(), ZoneId.of("Europe/Amsterdam"),
      Optional.empty(), Meeting.Status.SCHEDULED, Optional.empty(), 0);

  @Test
  void threeRoundsOfTenWorkshopsWith150CharacterTitles_fitSlacksLimits_andTitlesAreShortened() {
    List<Workshop> workshops = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      workshops.add(new Workshop(i + 1, "T", 1, i + 1, i / 10 + 1, "Ä&<b>".repeat(30), 20, Optional.empty(),
          Optional.empty()));
    }

    var view = RankingModal.view(DAY, workshops, Map.of(2, List.of(workshops.get(12))), "1 december", Locale.ENGLISH);

    String json = GsonFactory.createSnakeCase().toJson(view);
    assertThat(BlockKitLimits.viewProblems(json)).isEmpty();
    assertThat(view.getBlocks()).hasSize(10);
    assertThat(RankingModal.optionText(workshops.get(0))).hasSize(75).startsWith("1. Ä&").endsWith("…");
    assertThat(json).contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"13. ");
  }
}
