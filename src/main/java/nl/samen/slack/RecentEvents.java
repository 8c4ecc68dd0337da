package nl.samen.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The ids of the last thousand events seen: Slack redelivers an event it thinks failed. */
public final class RecentEvents {
  private static final int REMEMBERED = 1000;

  private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<String, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED;
        }
      }));

  /** True the first time an id is seen; events without an id (none in practice) always count. */
  public boolean firstTime(String eventId) {
    return eventId == null || seen.add(eventId);
  }
}
