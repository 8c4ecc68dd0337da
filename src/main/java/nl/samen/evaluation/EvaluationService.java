package nl.samen.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.Attendance;
import nl.samen.rsvp.RsvpService;

/**
 * The one-click evaluation of a meeting: who is asked, recording a score or remark, and what
 * coordinators may see. Anonymous: no one is ever shown who answered, and nothing is shown at all
 * below {@link #ENOUGH} answers, where a score could point to a person.
 */
final class EvaluationService {
  static final int ENOUGH = 3;
  /** How long after the end a person can still give or change their answer. */
  static final Duration OPEN_FOR = Duration.ofDays(14);

  private final EvaluationRepository repository;
  private final RsvpService rsvps;
  private final Clock clock;

  EvaluationService(EvaluationRepository repository, RsvpService rsvps, Clock clock) {
    this.repository = repository;
    this.rsvps = rsvps;
    this.clock = clock;
  }

  /** What a person's click or remark came to. */
  enum Recorded {
    RECORDED,
    NOT_ASKED,
    CLOSED
  }

  /** What coordinators see of a meeting's answers. */
  sealed interface Summary {
    record TooFew() implements Summary {}

    record Scored(double average, int answers, List<String> remarks) implements Summary {}
  }

  /** Those who were there: the attendance list if one was recorded, else the yes answers. */
  List<String> attendees(Meeting meeting) {
    List<Attendance> recorded = rsvps.attendance(meeting);
    if (!recorded.isEmpty()) {
      return recorded.stream().filter(Attendance::present).map(Attendance::userId).toList();
    }
    return rsvps.answers(meeting).stream().filter(r -> r.answer() == Answer.YES).map(r -> r.userId()).toList();
  }

  Recorded score(Network network, Meeting meeting, String userId, int score) {
    Recorded allowed = allowed(meeting, userId);
    if (allowed == Recorded.RECORDED) {
      repository.saveScore(network.teamId(), meeting.id(), userId, score, clock.instant());
    }
    return allowed;
  }

  Recorded remark(Network network, Meeting meeting, String userId, String remark) {
    Recorded allowed = allowed(meeting, userId);
    if (allowed == Recorded.RECORDED) {
      repository.saveRemark(network.teamId(), meeting.id(), userId, remark, clock.instant());
    }
    return allowed;
  }

  /** Only someone who was there answers, and only while the evaluation is open. */
  private Recorded allowed(Meeting meeting, String userId) {
    if (meeting.cancelled() || !repository.wasAsked(meeting.id()) || !attendees(meeting).contains(userId)) {
      return Recorded.NOT_ASKED;
    }
    return clock.instant().isAfter(meeting.endsAt().plus(OPEN_FOR)) ? Recorded.CLOSED : Recorded.RECORDED;
  }

  /** Whether anyone was asked about the meeting (not when it was cancelled or evaluations were off). */
  boolean wasAsked(Meeting meeting) {
    return repository.wasAsked(meeting.id());
  }

  Summary summary(long meetingId) {
    List<Integer> scores = repository.scores(meetingId);
    if (scores.size() < ENOUGH) {
      return new Summary.TooFew();
    }
    double average = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
    return new Summary.Scored(average, scores.size(), repository.remarks(meetingId));
  }

  /** The meetings of the network whose members were asked, latest first. */
  List<Long> askedMeetings(Network network, int limit) {
    return repository.asked(network.id(), limit);
  }
}
