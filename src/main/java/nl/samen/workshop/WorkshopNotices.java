package nl.samen.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;

/**
 * Tells a member who moved up from a waitlist that they have a seat now, in their own language:
 * renders the notice the seat change wrote in its transaction (see {@link WorkshopRepository}).
 */
final class WorkshopNotices {
  private final People people;
  private final Clock clock;
  private final MeetingService meetings;
  private final WorkshopRepository workshops;

  public WorkshopNotices(Outbox outbox, People people, Clock clock, MeetingService meetings,
      WorkshopRepository workshops) {
    this.people = people;
    this.clock = clock;
    this.meetings = meetings;
    this.workshops = workshops;
    outbox.onNotice(WorkshopRepository.SEAT_GIVEN, this::seatGiven);
  }

  List<Outbox.Message> seatGiven(String teamId, String payload) {
    String[] parts = payload.split(";", 3);
    long workshopId = Long.parseLong(parts[1]);
    String userId = parts[2];
    Optional<Meeting> meeting = meetings.meeting(teamId, Long.parseLong(parts[0]));
    // A seat given after the day began (e.g. when data is forgotten) is no news; nor is one given up since.
    if (meeting.isEmpty() || !clock.instant().isBefore(meeting.get().startsAt())
        || workshops.choices(meeting.get().id()).stream()
            .noneMatch(c -> c.workshopId() == workshopId && c.userId().equals(userId) && c.seated())) {
      return List.of();
    }
    return workshops.workshops(meeting.get().id()).stream().filter(w -> w.id() == workshopId)
        .map(w -> new Outbox.Message(userId,
            WorkshopOutcomes.seatGiven(meeting.get(), w, people.localeOf(userId)), null))
        .toList();
  }
}
