package nl.samen.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/** The DMs with each member's workshops and reasons, and the channel's summary, after an assignment. */
final class RankedNotices {
  private final People people;
  private final MeetingService meetings;
  private final NetworkService networks;
  private final WorkshopRepository workshops;
  private final AssignmentRepository assignments;

  RankedNotices(Outbox outbox, People people, MeetingService meetings, NetworkService networks,
      WorkshopRepository workshops, AssignmentRepository assignments) {
    this.people = people;
    this.meetings = meetings;
    this.networks = networks;
    this.workshops = workshops;
    this.assignments = assignments;
    outbox.onNotice(AssignmentRepository.ASSIGNED, this::member);
    outbox.onNotice(AssignmentRepository.SUMMARY, this::summary);
  }

  /** Payload {@code meetingId;userId;round:workshopId:RANK:REASON;…}. */
  List<Outbox.Message> member(String teamId, String payload) {
    String[] parts = payload.split(";");
    Optional<Meeting> meeting = meetings.meeting(teamId, Long.parseLong(parts[0]));
    if (meeting.isEmpty()) {
      return List.of();
    }
    Locale locale = people.localeOf(parts[1]);
    List<Workshop> all = workshops.workshops(meeting.get().id());
    StringBuilder text = new StringBuilder(Texts.get(locale, "workshop.assigned.dm", meeting.get().id(),
        Escape.mrkdwn(meeting.get().title())));
    for (int i = 2; i < parts.length; i++) {
      String[] p = parts[i].split(":");
      long workshopId = Long.parseLong(p[1]);
      String name = all.stream().filter(w -> w.id() == workshopId).findFirst().map(WorkshopOutcomes::name).orElse("?");
      String rank = p[2];
      String key = workshopId == 0 ? "workshop.assigned.none"
          : "UNPLACED".equals(rank) ? "workshop.assigned.waitlist" : "workshop.assigned.seat";
      text.append('\n').append(Texts.get(locale, key, p[0], name));
      if (!"FIRST".equals(rank) && !"NOT_RANKED".equals(rank)) {
        text.append(' ').append(Texts.get(locale, "workshop.assigned.reason." + p[3]));
      }
    }
    return List.of(new Outbox.Message(parts[1], text.toString(), null));
  }

  List<Outbox.Message> summary(String teamId, String payload) {
    List<Outbox.Message> messages = new ArrayList<>();
    meetings.meeting(teamId, Long.parseLong(payload)).ifPresent(meeting -> networks.network(meeting.networkId())
        .ifPresent(network -> assignments.distribution(meeting.id()).ifPresent(d -> messages.add(
            new Outbox.Message(network.channelId(), Texts.get(people.defaultLocale(), "workshop.assigned.channel",
                meeting.id(), Escape.mrkdwn(meeting.title()), d.total() - d.unplaced(), d.total()), null)))));
    return messages;
  }

  static String distribution(RankDistribution d, Locale locale) {
    return Texts.get(locale, "workshop.assigned.distribution", d.first(), d.second(), d.third(),
        d.outsideChoices() + d.notRanked(), d.unplaced());
  }
}
