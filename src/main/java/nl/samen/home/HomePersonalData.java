package nl.samen.home;

import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;

/** When the person last opened their App Home: kept only to refresh it; forgetting deletes it. */
final class HomePersonalData implements PersonalData {
  private final HomeOpenedRepository opened;

  HomePersonalData(HomeOpenedRepository opened) {
    this.opened = opened;
  }

  @Override
  public String name() {
    return "app_home";
  }

  @Override
  public Object export(String teamId, String userId) {
    return opened.lastOpened(teamId, userId)
        .map(at -> List.of(Map.of("last_opened_at", at.toString())))
        .orElse(List.of());
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    opened.delete(teamId, userId);
  }
}
