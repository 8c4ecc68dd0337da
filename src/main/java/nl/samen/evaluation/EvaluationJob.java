package nl.samen.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.network.NetworkService;
import nl.samen.schedule.Timer;
import nl.samen.slack.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timed work of evaluations: when a meeting has ended, those who were there are asked once
 * (the claim is in the database, so a restart asks no one twice). It wakes at the next end, at
 * least daily, and after every change of meetings; at start it catches up on what ended while down.
 */
final class EvaluationJob implements Timer.Work {
  private static final Logger log = LoggerFactory.getLogger(EvaluationJob.class);
  /** A meeting that ended longer ago than this, e.g. while the app was down for days, is not asked about. */
  static final Duration CATCH_UP = Duration.ofDays(2);
  private static final Duration LOOK_AHEAD = Duration.ofDays(2);
  private static final Duration RECHECK = Duration.ofDays(1);

  private final EvaluationRepository repository;
  private final EvaluationService service;
  private final MeetingCatalog catalog;
  private final NetworkService networks;
  private final EvaluationSwitch evaluationOn;
  private final Outbox outbox;
  private final Clock clock;

  EvaluationJob(EvaluationRepository repository, EvaluationService service, MeetingCatalog catalog,
      NetworkService networks, EvaluationSwitch evaluationOn, Outbox outbox, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.catalog = catalog;
    this.networks = networks;
    this.evaluationOn = evaluationOn;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public Optional<Instant> run() {
    Instant now = clock.instant();
    try {
      // Cancelled meetings are not among the scheduled ones: nobody is asked about them.
      List<Meeting> near = catalog.scheduledStartingBetween(now.minus(CATCH_UP).minus(LOOK_AHEAD), now.plus(LOOK_AHEAD))
          .stream().map(MeetingCatalog.Created::meeting).toList();
      List<Meeting> ended = near.stream()
          .filter(m -> !m.endsAt().isAfter(now) && m.endsAt().isAfter(now.minus(CATCH_UP))).toList();
      Set<Long> claimed = repository.claimed(ended.stream().map(Meeting::id).toList());
      boolean queued = false;
      for (Meeting meeting : ended) {
        if (!claimed.contains(meeting.id())) {
          queued |= ask(meeting, now);
        }
      }
      if (queued) {
        outbox.wake();
      }
      Instant next = near.stream().map(Meeting::endsAt).filter(end -> end.isAfter(now)).min(Instant::compareTo)
          .orElse(now.plus(RECHECK));
      return Optional.of(next.isBefore(now.plus(RECHECK)) ? next : now.plus(RECHECK));
    } catch (RuntimeException e) {
      log.error("Asking for evaluations failed; trying again in a minute", e);
      return Optional.of(now.plus(Duration.ofMinutes(1)));
    }
  }

  /** A network that switched evaluations off gets its claim too, with nobody asked: switching on later asks no one late. */
  private boolean ask(Meeting meeting, Instant now) {
    return networks.network(meeting.networkId()).map(network -> {
      List<String> recipients = evaluationOn.on(network.id()) ? service.attendees(meeting) : List.of();
      boolean claimed = repository.claim(network.teamId(), network.id(), meeting.id(), recipients, outbox, now);
      if (claimed && !recipients.isEmpty()) {
        log.info("Evaluation of meeting {} asked of {} people", meeting.id(), recipients.size());
      }
      return claimed && !recipients.isEmpty();
    }).orElse(false);
  }
}
