package nl.samen.event;

import java.util.List;

/**
 * What happened in Samen that other features react to. Events carry ids and plain values, not the
 * features' records, so that this package depends on none of them; a listener that needs more
 * asks the feature's API. Who listens to what is wired in one place: {@code nl.samen.Wiring}.
 */
public sealed interface SamenEvent {
  String teamId();

  /** New meetings of one network (one, or a series). */
  record MeetingsScheduled(String teamId, long networkId, List<Long> meetingIds) implements SamenEvent {
    public MeetingsScheduled {
      meetingIds = List.copyOf(meetingIds);
    }
  }

  record MeetingMoved(String teamId, long networkId, long meetingId) implements SamenEvent {}

  record MeetingCancelled(String teamId, long networkId, long meetingId) implements SamenEvent {}

  /** The meeting got its own RSVP deadline. */
  record DeadlineChanged(String teamId, long networkId, long meetingId) implements SamenEvent {}

  /** {@code userId} answered (or a coordinator answered for them); {@code declined} when the answer is no. */
  record AnswerRecorded(String teamId, long networkId, long meetingId, String userId, boolean declined)
      implements SamenEvent {}

  /** Someone joined or left a Slack channel. */
  record MembershipChanged(String teamId, String channelId, String userId) implements SamenEvent {}

  /** Workshops or choices of a meeting changed, for these people. */
  record WorkshopChoicesChanged(String teamId, long meetingId, List<String> users) implements SamenEvent {
    public WorkshopChoicesChanged {
      users = List.copyOf(users);
    }
  }

  /** {@code userId} moved up from the waitlist and now has a seat in workshop {@code workshopNumber}. */
  record SeatGiven(String teamId, long meetingId, int workshopNumber, String userId) implements SamenEvent {}

  /** Something this person sees changed (their plan, their data forgotten, ...). */
  record UserDataChanged(String teamId, String userId) implements SamenEvent {}
}
