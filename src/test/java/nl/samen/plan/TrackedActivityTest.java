package nl.samen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackedActivityTest {
  private static final Activity ACTIVITY = new Activity(1, "T", 1, 1, "Kijkwijzer", Optional.empty(),
      Optional.empty(), Optional.of("U1"), "U0", Instant.parse("2026-09-01T08:00:00Z"));
  private final List<ActivityEvent> history = new ArrayList<>();
  private int day = 1;

  private void add(ActivityEvent.Kind kind, Integer percent, String note) {
    history.add(new ActivityEvent(1, kind, Optional.ofNullable(percent), Optional.ofNullable(note), "U1",
        Instant.parse("2026-10-%02dT08:00:00Z".formatted(day++))));
  }

  private TrackedActivity tracked() {
    return new TrackedActivity(ACTIVITY, history);
  }

  @Test
  void aNewActivity_isOpenAtZero_withoutNotes() {
    assertThat(tracked().status()).isEqualTo(TrackedActivity.Status.OPEN);
    assertThat(tracked().progress()).isZero();
    assertThat(tracked().latestNote()).isEmpty();
  }

  @Test
  void theLatestProgressCounts_andTheLatestNoteIsShown_whileEarlierOnesStayInTheHistory() {
    add(ActivityEvent.Kind.PROGRESS, 20, "gestart");
    add(ActivityEvent.Kind.PROGRESS, 60, "concept");
    add(ActivityEvent.Kind.PROGRESS, 70, null);
    add(ActivityEvent.Kind.OUTCOME, null, "in gebruik");

    assertThat(tracked().progress()).isEqualTo(70);
    assertThat(tracked().latestNote().flatMap(ActivityEvent::note)).contains("concept");
    assertThat(tracked().notes()).hasSize(2);
    assertThat(tracked().outcomes()).extracting(e -> e.note().orElseThrow()).containsExactly("in gebruik");
  }

  @Test
  void done_countsAsAHundredPercent_andDropped_keepsTheProgressReached() {
    add(ActivityEvent.Kind.PROGRESS, 40, null);
    add(ActivityEvent.Kind.DONE, null, "afgerond");
    assertThat(tracked().status()).isEqualTo(TrackedActivity.Status.DONE);
    assertThat(tracked().progress()).isEqualTo(100);
    assertThat(tracked().latestNote().flatMap(ActivityEvent::note)).contains("afgerond");

    history.remove(1);
    add(ActivityEvent.Kind.DROPPED, null, null);
    assertThat(tracked().status()).isEqualTo(TrackedActivity.Status.DROPPED);
    assertThat(tracked().progress()).isEqualTo(40);
    assertThat(tracked().closed()).isTrue();
  }

  @Test
  void theProgressBar_fillsOneCellPerTenPercent() {
    assertThat(PlanTexts.progressBar(0)).isEqualTo("░░░░░░░░░░ 0%");
    assertThat(PlanTexts.progressBar(60)).isEqualTo("▓▓▓▓▓▓░░░░ 60%");
    assertThat(PlanTexts.progressBar(99)).isEqualTo("▓▓▓▓▓▓▓▓▓░ 99%");
    assertThat(PlanTexts.progressBar(100)).isEqualTo("▓▓▓▓▓▓▓▓▓▓ 100%");
  }
}
