package nl.samen.privacy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** All features' {@link PersonalData}, registered while the app is wired. */
public final class PersonalDataRegistry {
  private final List<PersonalData> parts = new CopyOnWriteArrayList<>();

  public void register(PersonalData part) {
    parts.add(part);
  }

  public List<PersonalData> all() {
    return List.copyOf(parts);
  }
}
