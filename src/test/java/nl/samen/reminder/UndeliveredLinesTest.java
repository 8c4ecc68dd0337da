package nl.samen.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The coordinators' lines about messages that failed or may not have arrived. */
class UndeliveredLinesTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void unknownAndFailedMessages_areListed_inEnglishToo() {
    String text = UndeliveredLines.of(List.of(
        new UndeliveredRepository.Undelivered("C0NET", Instant.parse("2026-11-23T08:00:00Z"),
            "New meeting #1: *Netwerk*", true, "chat.postMessage failed: timeout"),
        new UndeliveredRepository.Undelivered("U0MEMBER", Instant.parse("2026-11-23T09:00:00Z"),
            "Meeting #1 moved", false, "chat.postMessage answered channel_not_found")), AMSTERDAM, Locale.ENGLISH);

    assertThat(text).contains("Other messages that did not (surely) arrive (2)",
        "• <#C0NET> · Mon 23 November 2026 09:00 · „New meeting #1: Netwerk” — not sure it arrived",
        "• <@U0MEMBER> · Mon 23 November 2026 10:00 · „Meeting #1 moved” — chat.postMessage answered channel");
  }

  @Test
  void aLongText_isCut_neverInsideAMentionOrAnEntity() {
    String mention = "x".repeat(50) + " <@U0123456789>";
    String entity = "y".repeat(57) + " &amp; more";

    assertThat(UndeliveredLines.snippet(mention)).isEqualTo("x".repeat(50) + " …");
    assertThat(UndeliveredLines.snippet(entity)).isEqualTo("y".repeat(57) + " …");
    assertThat(UndeliveredLines.snippet("short\nsecond line")).isEqualTo("short");
  }

  @Test
  void nothingUndelivered_addsNothing() {
    assertThat(UndeliveredLines.of(List.of(), AMSTERDAM, Locale.ENGLISH)).isEmpty();
  }
}
