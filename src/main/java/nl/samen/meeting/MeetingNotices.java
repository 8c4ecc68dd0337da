package nl.samen.meeting;

import static nl.samen.slack.BlockJson.json;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import nl.samen.network.Network;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/**
 * Tells the channel and the people concerned about new, moved and cancelled meetings. Runs in the
 * background (looking up each person's language may take a call to Slack) and goes via the outbox.
 */
public final class MeetingNotices {
  private final Outbox outbox;
  private final People people;
  private final RsvpService rsvps;
  private final Executor background;

  public MeetingNotices(Outbox outbox, People people, RsvpService rsvps, Executor background) {
    this.outbox = outbox;
    this.people = people;
    this.rsvps = rsvps;
    this.background = background;
  }

  public void announceNew(Network network, List<Meeting> meetings) {
    Locale locale = people.defaultLocale();
    for (List<LayoutBlock> blocks : MeetingViews.announcement(meetings, locale)) {
      outbox.post(network.teamId(), network.channelId(),
          Texts.get(locale, "meeting.announce.fallback", meetings.get(0).id(), Escape.mrkdwn(meetings.get(0).title())),
          json(blocks));
    }
  }

  public void announceMoved(Network network, Meeting before, Meeting after) {
    Locale channelLocale = people.defaultLocale();
    outbox.post(network.teamId(), network.channelId(), fallbackMoved(after, channelLocale),
        json(MeetingViews.moved(before, after, channelLocale)));
    background.execute(() -> rsvps.interestedPeople(after).forEach(user -> {
      Locale locale = people.localeOf(user);
      outbox.post(network.teamId(), user, fallbackMoved(after, locale),
          json(MeetingViews.moved(before, after, locale)));
    }));
  }

  public void announceCancelled(Network network, Meeting meeting) {
    outbox.post(network.teamId(), network.channelId(),
        MeetingViews.cancelledText(meeting, people.defaultLocale()), null);
    background.execute(() -> rsvps.interestedPeople(meeting).forEach(user ->
        outbox.post(network.teamId(), user, MeetingViews.cancelledText(meeting, people.localeOf(user)), null)));
  }

  private static String fallbackMoved(Meeting after, Locale locale) {
    return Texts.get(locale, "meeting.moved.fallback", after.id(), Escape.mrkdwn(after.title()));
  }
}
