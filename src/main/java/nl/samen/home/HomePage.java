package nl.samen.home;

import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.rsvp.Rsvp;

/** Everything one person's App Home shows, gathered before it is rendered. */
record HomePage(
    HomeUser user, List<Upcoming> meetings, List<Membership> networks, List<OpenItems> openItems,
    List<HomeTask> tasks) {

  /** An upcoming meeting with the person's answer; buttons only while answers are open. */
  public record Upcoming(Network network, Meeting meeting, Optional<Rsvp> answer, boolean answersOpen,
      List<String> extraLines) {}

  /** One of the person's networks, their role in it and its next meeting. */
  public record Membership(Network network, boolean coordinator, Optional<Meeting> next,
      List<String> extraLines) {}

  /** For a coordinator: who has not answered the network's next meeting, and other features' items. */
  public record OpenItems(Network network, Optional<Meeting> next, List<String> notAnswered,
      List<String> extraLines) {}
}
