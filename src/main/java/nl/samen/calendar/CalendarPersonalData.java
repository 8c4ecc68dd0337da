package nl.samen.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;

/**
 * A person's calendar feed link. The export says that there is one and since when, but not the token:
 * it is a key, not a fact about the person, and {@code calendar} shows the link to its owner anyway.
 */
final class CalendarPersonalData implements PersonalData {
  private final CalendarRepository tokens;

  CalendarPersonalData(CalendarRepository tokens) {
    this.tokens = tokens;
  }

  @Override
  public String name() {
    return "calendar_feed";
  }

  @Override
  public Object export(String teamId, String userId) {
    return tokens.ownerOf(teamId, userId).map(owner -> {
      Map<String, Object> feed = new LinkedHashMap<>();
      feed.put("personal_link", "active");
      feed.put("created_at", owner.createdAt().toString());
      return List.of(feed);
    }).orElse(List.of());
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    tokens.delete(teamId, userId);
  }
}
