package nl.samen.playground;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last requests between Samen and the stand-in, both ways, for the page's "under the hood" list:
 * a visitor sees which signed payloads went in and which Web API calls came out.
 */
public final class Traffic {
  private static final int KEPT = 80;
  private static final int BODY_CHARS = 6000;

  /** One request: {@code toSamen} for what the playground sent to /slack/events, else a Web API call. */
  public record Entry(long sequence, Instant at, boolean toSamen, String name, int status, String body) {}

  private final Clock wallClock;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long sequence;

  public Traffic(Clock wallClock) {
    this.wallClock = wallClock;
  }

  public synchronized void record(boolean toSamen, String name, int status, String body) {
    String kept = body == null ? "" : body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) + "…" : body;
    entries.addLast(new Entry(++sequence, wallClock.instant(), toSamen, name, status, kept));
    while (entries.size() > KEPT) {
      entries.removeFirst();
    }
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
