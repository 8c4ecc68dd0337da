package nl.samen.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.schedule.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assigns each ranked network day whose ranking has closed, then sleeps until the next close. */
final class RankingCloseJob implements Timer.Work {
  private static final Logger log = LoggerFactory.getLogger(RankingCloseJob.class);

  private final AssignmentRepository repository;
  private final RankedAssigner assigner;
  private final MeetingService meetings;
  private final NetworkService networks;
  private final Clock clock;

  RankingCloseJob(AssignmentRepository repository, RankedAssigner assigner, MeetingService meetings,
      NetworkService networks, Clock clock) {
    this.repository = repository;
    this.assigner = assigner;
    this.meetings = meetings;
    this.networks = networks;
    this.clock = clock;
  }

  @Override
  public Optional<Instant> run() {
    Instant now = clock.instant();
    Optional<Instant> next = Optional.empty();
    for (AssignmentRepository.Due due : repository.unassigned()) {
      if (now.isBefore(due.closesAt())) {
        next = next.filter(n -> n.isBefore(due.closesAt())).or(() -> Optional.of(due.closesAt()));
        continue;
      }
      // A cancelled day is not assigned; it stays unassigned, and in the past, so it is not retried.
      meetings.meeting(due.teamId(), due.meetingId()).filter(m -> !m.cancelled())
          .ifPresent(meeting -> networks.network(meeting.networkId()).ifPresent(network ->
              log.info("Ranking of meeting {} closed: {}", meeting.id(), assigner.run(network, meeting, due.openedBy()))));
    }
    return next;
  }
}
