package nl.samen.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.samen.meeting.Meeting;
import nl.samen.rsvp.Answer;
import nl.samen.slack.Texts;

/**
 * A person's meetings as an RFC 5545 calendar, built with ical4j. Times are UTC instants: the
 * meeting's local time and zone are turned into one exact moment here, so no client has to know
 * our zones, and daylight-saving changes cannot shift a meeting. A meeting keeps its UID for life;
 * its SEQUENCE follows the meeting's, which goes up on every move and on cancelling.
 */
final class CalendarFeed {
  private CalendarFeed() {}

  static String ics(List<FeedEntry> entries, Locale locale, Instant stamp) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Samen//Samen//" + Texts.supported(locale).getLanguage().toUpperCase(Locale.ROOT)));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", Texts.get(locale, "calendar.feed.name")));
    // Subscribed calendars poll; an hour keeps moves and cancellations reasonably fresh.
    calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    entries.forEach(entry -> calendar.add(event(entry, locale, stamp)));
    return calendar.toString();
  }

  /** Stable for the meeting's life, and not tied to the public URL, which may change. */
  static String uid(Meeting meeting) {
    return "meeting-" + meeting.id() + "@" + meeting.teamId().toLowerCase(Locale.ROOT) + ".samen";
  }

  private static VEvent event(FeedEntry entry, Locale locale, Instant stamp) {
    Meeting meeting = entry.meeting();
    VEvent event = new VEvent(false);
    event.add(new Uid(uid(meeting)));
    event.add(new DtStamp(stamp));
    event.add(new DtStart<>(meeting.startsAt()));
    event.add(new DtEnd<>(meeting.endsAt()));
    event.add(new Sequence(meeting.sequence()));
    event.add(new Summary(summary(entry, locale)));
    meeting.place().ifPresent(place -> event.add(new Location(place)));
    event.add(new Description(description(entry, locale)));
    event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    boolean notGoing = meeting.cancelled()
        || entry.answer().map(r -> r.answer() == Answer.NO).orElse(false);
    event.add(notGoing ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
    return event;
  }

  private static String summary(FeedEntry entry, Locale locale) {
    String title = entry.meeting().title() + " · " + entry.network().name();
    // Some clients ignore STATUS:CANCELLED; the title says it too.
    return entry.meeting().cancelled() ? Texts.get(locale, "calendar.feed.cancelled", title) : title;
  }

  private static String description(FeedEntry entry, Locale locale) {
    Meeting meeting = entry.meeting();
    List<String> parts = new ArrayList<>();
    parts.add(Texts.get(locale, "calendar.feed.network", entry.network().name(), meeting.id()));
    if (meeting.cancelled()) {
      parts.add(meeting.cancelReason()
          .map(reason -> Texts.get(locale, "calendar.feed.cancelledBecause", reason))
          .orElse(Texts.get(locale, "calendar.feed.cancelledNoReason")));
    } else {
      parts.add(entry.answer()
          .map(r -> Texts.get(locale, "calendar.feed.yourAnswer", Texts.get(locale, "rsvp.answer." + r.answer().code())))
          .orElse(Texts.get(locale, "calendar.feed.noAnswer", meeting.id())));
    }
    entry.agenda().ifPresent(agenda -> parts.add(Texts.get(locale, "calendar.feed.agenda") + "\n" + agenda));
    return String.join("\n\n", parts);
  }
}
