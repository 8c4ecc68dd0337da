package nl.samen.meeting;

import static nl.samen.slack.BlockJson.json;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/**
 * Tells the channel and the people concerned about new, moved and cancelled meetings. The change
 * wrote a notice in its own transaction (see {@link MeetingRepository}); this renders it on the
 * outbox worker, each person in their own language (which may take a call to Slack).
 */
final class MeetingNotices {
  private final People people;
  private final MeetingAnswers rsvps;
  private final MeetingService meetings;
  private final NetworkService networks;

  public MeetingNotices(Outbox outbox, People people, MeetingAnswers rsvps, MeetingService meetings,
      NetworkService networks) {
    this.people = people;
    this.rsvps = rsvps;
    this.meetings = meetings;
    this.networks = networks;
    outbox.onNotice(MeetingNotice.NEW, this::announceNew);
    outbox.onNotice(MeetingNotice.MOVED, this::announceMoved);
    outbox.onNotice(MeetingNotice.CANCELLED, this::announceCancelled);
  }

  List<Outbox.Message> announceNew(String teamId, String payload) {
    List<Meeting> scheduled = MeetingNotice.ids(payload).stream()
        .flatMap(id -> meetings.meeting(teamId, id).stream()).toList();
    Optional<Network> network = scheduled.stream().findFirst().flatMap(m -> networks.network(m.networkId()));
    if (network.isEmpty()) {
      return List.of(); // the network was removed meanwhile
    }
    Locale locale = people.defaultLocale();
    List<Outbox.Message> messages = new ArrayList<>();
    for (List<LayoutBlock> blocks : MeetingViews.announcement(scheduled, locale)) {
      messages.add(new Outbox.Message(network.get().channelId(), Texts.get(locale, "meeting.announce.fallback",
          scheduled.get(0).id(), Escape.mrkdwn(scheduled.get(0).title())), json(blocks)));
    }
    return messages;
  }

  List<Outbox.Message> announceMoved(String teamId, String payload) {
    Optional<Meeting> current = meetings.meeting(teamId, MeetingNotice.movedId(payload));
    Optional<Network> network = current.flatMap(m -> networks.network(m.networkId()));
    if (network.isEmpty()) {
      return List.of();
    }
    Meeting before = MeetingNotice.movedAs(payload, current.get(), 0);
    Meeting after = MeetingNotice.movedAs(payload, current.get(), 1);
    List<Outbox.Message> messages = new ArrayList<>();
    Locale channelLocale = people.defaultLocale();
    messages.add(new Outbox.Message(network.get().channelId(), fallbackMoved(after, channelLocale),
        json(MeetingViews.moved(before, after, channelLocale))));
    for (String user : rsvps.interestedPeople(after)) {
      Locale locale = people.localeOf(user);
      messages.add(new Outbox.Message(user, fallbackMoved(after, locale),
          json(MeetingViews.moved(before, after, locale))));
    }
    return messages;
  }

  List<Outbox.Message> announceCancelled(String teamId, String payload) {
    Optional<Meeting> meeting = meetings.meeting(teamId, Long.parseLong(payload));
    Optional<Network> network = meeting.flatMap(m -> networks.network(m.networkId()));
    if (network.isEmpty()) {
      return List.of();
    }
    List<Outbox.Message> messages = new ArrayList<>();
    messages.add(new Outbox.Message(network.get().channelId(),
        MeetingViews.cancelledText(meeting.get(), people.defaultLocale()), null));
    for (String user : rsvps.interestedPeople(meeting.get())) {
      messages.add(new Outbox.Message(user, MeetingViews.cancelledText(meeting.get(), people.localeOf(user)), null));
    }
    return messages;
  }

  private static String fallbackMoved(Meeting after, Locale locale) {
    return Texts.get(locale, "meeting.moved.fallback", after.id(), Escape.mrkdwn(after.title()));
  }
}
