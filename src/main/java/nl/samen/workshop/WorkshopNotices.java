package nl.samen.workshop;

import java.time.Clock;
import java.util.concurrent.Executor;
import nl.samen.meeting.Meeting;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;

/** Tells a member who moved up from a waitlist that they have a seat now, in their own language. */
public final class WorkshopNotices {
  private final Outbox outbox;
  private final People people;
  private final Clock clock;
  private final Executor background;

  public WorkshopNotices(Outbox outbox, People people, Clock clock, Executor background) {
    this.outbox = outbox;
    this.people = people;
    this.clock = clock;
    this.background = background;
  }

  public void seatGiven(Meeting meeting, Workshop workshop, String userId) {
    if (!clock.instant().isBefore(meeting.startsAt())) {
      return; // a seat given after the day began (e.g. when data is forgotten) is no news
    }
    // The person's language may take a call to Slack: not on the thread that answers the request.
    background.execute(() -> outbox.post(meeting.teamId(), userId,
        WorkshopOutcomes.seatGiven(meeting, workshop, people.localeOf(userId)), null));
  }
}
