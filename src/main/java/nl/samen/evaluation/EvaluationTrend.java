package nl.samen.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;

/** The score per meeting of a network's last evaluated meetings, latest first, never who answered. */
final class EvaluationTrend {
  static final int LAST = 5;

  private final EvaluationService evaluations;
  private final MeetingService meetings;

  EvaluationTrend(EvaluationService evaluations, MeetingService meetings) {
    this.evaluations = evaluations;
    this.meetings = meetings;
  }

  List<String> lines(Network network, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (long id : evaluations.askedMeetings(network, LAST)) {
      meetings.meeting(network.teamId(), id).ifPresent(meeting -> {
        String title = Escape.mrkdwn(meeting.title());
        lines.add(evaluations.summary(id) instanceof EvaluationService.Summary.Scored scored
            ? Texts.get(locale, "evaluation.trend.scored", id, title, EvaluationViews.average(scored.average(), locale),
                scored.answers())
            : Texts.get(locale, "evaluation.trend.tooFew", id, title, EvaluationService.ENOUGH));
      });
    }
    return lines;
  }
}
