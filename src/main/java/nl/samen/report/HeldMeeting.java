package nl.samen.report;

import java.util.List;
import java.util.Optional;
import nl.samen.agenda.MeetingOutcomes.AgreedAction;
import nl.samen.meeting.Meeting;

/**
 * A meeting that took place, with each person's presence. When no attendance was recorded the yes
 * answers stand in for it, and {@code fromAnswers} says so. Its minutes' decisions and the action
 * items agreed on at it come along; the evaluation score only when enough people answered.
 */
record HeldMeeting(Meeting meeting, List<Presence> presence, boolean fromAnswers,
    List<String> decisions, List<AgreedAction> actions, Optional<MeetingScores.Score> score) {

  /** One person at (or absent from) one meeting, with their school if known. */
  public record Presence(String userId, Optional<String> school, boolean present) {}

  public HeldMeeting {
    presence = List.copyOf(presence);
    decisions = List.copyOf(decisions);
    actions = List.copyOf(actions);
  }

  public int presentCount() {
    return (int) presence.stream().filter(Presence::present).count();
  }

  public int presentFrom(Optional<String> school) {
    return (int) presence.stream().filter(p -> p.present() && p.school().equals(school)).count();
  }
}
