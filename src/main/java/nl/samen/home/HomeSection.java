package nl.samen.home;

import java.util.List;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;

/**
 * The seam through which other features add to a person's App Home, without knowing Block Kit:
 * the plan its progress per network, workshops the person's choice and waitlist place per meeting,
 * the agenda the proposed items a coordinator has to decide on. Each method returns mrkdwn lines;
 * text that users typed must already be escaped ({@code Escape.mrkdwn}). The composition
 * root hands them to {@link HomeFeature}.
 */
public interface HomeSection {
  /** Lines under one of the person's networks, e.g. "Plan 2026-2027: 3 of 7 activities done". */
  default List<String> networkLines(Network network, HomeUser user) {
    return List.of();
  }

  /** Lines under one upcoming meeting, e.g. "Workshop round 1: Rekenen (waitlist place 2)". */
  default List<String> meetingLines(Network network, Meeting meeting, HomeUser user) {
    return List.of();
  }

  /** Open items of a network the person coordinates, e.g. "2 proposed agenda items for #12". */
  default List<String> openItems(Network network, HomeUser user) {
    return List.of();
  }

  /** The person's own tasks over their networks, each with its button, e.g. "my open actions". */
  default List<HomeTask> tasks(List<Network> networks, HomeUser user) {
    return List.of();
  }
}
