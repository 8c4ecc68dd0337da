package nl.samen.calendar;

import java.time.Clock;
import java.util.Optional;
import nl.samen.web.Page;

/**
 * {@code GET /calendar/<token>.ics}: the feed, or nothing (404) for anything else. The token is a
 * secret: it is never logged.
 */
final class CalendarRoute {
  static final String PATH = "/calendar/{file}";
  private static final String SUFFIX = ".ics";

  private final CalendarService calendar;
  private final Clock clock;

  CalendarRoute(CalendarService calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  Optional<Page> page(String file) {
    Optional<CalendarService.Feed> feed = file.endsWith(SUFFIX)
        ? calendar.feed(file.substring(0, file.length() - SUFFIX.length()))
        : Optional.empty();
    return feed.map(f -> new Page("text/calendar; charset=utf-8",
        CalendarFeed.ics(f.entries(), f.locale(), clock.instant())));
  }
}
