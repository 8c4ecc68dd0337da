package nl.samen.calendar;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code GET /calendar/<token>.ics}: the feed, or 404 for anything else. The token is a secret: it
 * is never logged, and the answer must not be cached by anything in between.
 */
final class CalendarRoute implements Handler {
  static final String PATH = "/calendar/{file}";
  private static final String SUFFIX = ".ics";

  private final CalendarService calendar;
  private final Clock clock;

  CalendarRoute(CalendarService calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) {
    String file = ctx.pathParam("file");
    Optional<CalendarService.Feed> feed = file.endsWith(SUFFIX)
        ? calendar.feed(file.substring(0, file.length() - SUFFIX.length()))
        : Optional.empty();
    if (feed.isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    String ics = CalendarFeed.ics(feed.get().entries(), feed.get().locale(), clock.instant());
    ctx.header("Cache-Control", "private, no-store")
        .contentType("text/calendar; charset=utf-8")
        .result(ics);
  }
}
