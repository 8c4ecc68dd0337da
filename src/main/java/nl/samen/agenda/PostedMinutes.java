package nl.samen.agenda;

import java.util.Locale;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.slack.BlockJson;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;

/**
 * The minutes message in a network's channel: posted once through the outbox, then updated in place
 * when an entry is written. Entries are typed by people, one at a time, so each one is its own update.
 */
final class PostedMinutes {
  private final MinutesService minutes;
  private final Outbox outbox;
  private final People people;

  PostedMinutes(MinutesService minutes, Outbox outbox, People people) {
    this.minutes = minutes;
    this.outbox = outbox;
    this.people = people;
  }

  static String ref(Meeting meeting) {
    return "meeting:" + meeting.id() + ":minutes";
  }

  /** Puts the minutes in the channel the first time; {@code again}, updates that message. */
  void publish(Network network, Meeting meeting, boolean again) {
    if (again) {
      changed(network, meeting);
      return;
    }
    Locale locale = people.defaultLocale();
    outbox.postOrUpdate(network.teamId(), network.channelId(), ref(meeting),
        MinutesViews.fallback(meeting, locale), render(meeting, locale));
  }

  /** An entry was written: update the posted minutes, even if their post still waits in the outbox. */
  void changed(Network network, Meeting meeting) {
    if (minutes.isPosted(meeting)) {
      Locale locale = people.defaultLocale();
      outbox.update(network.teamId(), network.channelId(), ref(meeting), MinutesViews.fallback(meeting, locale),
          render(meeting, locale));
    }
  }

  private String render(Meeting meeting, Locale locale) {
    return BlockJson.json(MinutesViews.minutes(meeting, minutes.items(meeting), minutes.moved(meeting),
        minutes.minutes(meeting), locale));
  }
}
