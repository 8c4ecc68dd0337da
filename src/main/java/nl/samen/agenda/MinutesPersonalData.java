package nl.samen.agenda;

import nl.samen.privacy.PersonalData;

/** The minutes a person wrote, for privacy export and forget. */
final class MinutesPersonalData implements PersonalData {
  private final MinutesRepository repository;

  MinutesPersonalData(MinutesRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "minutes";
  }

  @Override
  public Object export(String teamId, String userId) {
    return repository.writtenBy(teamId, userId);
  }

  /** The minutes are the network's and stay; their author's id is replaced. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.replacePerson(teamId, userId, placeholder);
  }
}
