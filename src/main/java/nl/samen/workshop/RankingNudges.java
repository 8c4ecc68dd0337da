package nl.samen.workshop;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.slack.BlockJson;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/** The nudge before the close of a ranking, in the member's language, with the button to the form. */
final class RankingNudges {
  private final People people;
  private final MeetingService meetings;
  private final RankingRepository repository;

  RankingNudges(Outbox outbox, People people, MeetingService meetings, RankingRepository repository) {
    this.people = people;
    this.meetings = meetings;
    this.repository = repository;
    outbox.onNotice(RankingRepository.NUDGE, this::nudge);
  }

  /** Payload {@code meetingId;userId}. */
  List<Outbox.Message> nudge(String teamId, String payload) {
    String[] parts = payload.split(";");
    Optional<Meeting> meeting = meetings.meeting(teamId, Long.parseLong(parts[0])).filter(m -> !m.cancelled());
    Optional<Instant> closes = meeting.flatMap(m -> repository.closesAt(m.id()));
    if (meeting.isEmpty() || closes.isEmpty()) {
      return List.of();
    }
    Locale locale = people.localeOf(parts[1]);
    long id = meeting.get().id();
    String text = Texts.get(locale, "workshop.rank.nudge", id, Escape.mrkdwn(meeting.get().title()),
        RankingCommands.when(closes.get(), meeting.get(), locale));
    return List.of(new Outbox.Message(parts[1], text, BlockJson.json(List.of(
        section(s -> s.text(markdownText(text))), RankingModal.openButton(id, locale)))));
  }
}
