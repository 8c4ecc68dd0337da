package nl.samen.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.MeetingService;
import nl.samen.slack.BlockJson;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;

/** Turns the outbox notice of one person's question into their DM, in their language. */
final class EvaluationNotices {
  private final MeetingService meetings;
  private final People people;

  EvaluationNotices(Outbox outbox, MeetingService meetings, People people) {
    this.meetings = meetings;
    this.people = people;
    outbox.onNotice(EvaluationRepository.ASK, this::ask);
  }

  /** Payload {@code meetingId;userId}; a meeting cancelled or gone since is not asked about. */
  List<Outbox.Message> ask(String teamId, String payload) {
    String[] parts = payload.split(";");
    return meetings.meeting(teamId, Long.parseLong(parts[0])).filter(m -> !m.cancelled()).map(meeting -> {
      Locale locale = people.localeOf(parts[1]);
      return List.of(new Outbox.Message(parts[1], EvaluationViews.text(meeting, Optional.empty(), locale),
          BlockJson.json(EvaluationViews.question(meeting, Optional.empty(), locale))));
    }).orElse(List.of());
  }
}
