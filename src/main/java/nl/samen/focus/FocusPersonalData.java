package nl.samen.focus;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.privacy.PersonalData;

/** The focus themes a person added: exported, and deleted when they ask to be forgotten. */
final class FocusPersonalData implements PersonalData {
  private final FocusRepository repository;

  FocusPersonalData(FocusRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "focus_themes";
  }

  @Override
  public Object export(String teamId, String userId) {
    return repository.addedBy(teamId, userId).stream().map(t -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("theme", t.theme());
      row.put("school", t.school());
      row.put("school_year", t.schoolYear());
      row.put("added_at", t.addedAt().toString());
      return row;
    }).toList();
  }

  /** A theme belongs to the school, but who added it is the person's: the themes they added go. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.deleteAddedBy(teamId, userId);
  }
}
