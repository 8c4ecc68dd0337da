package nl.samen.agenda;

import nl.samen.privacy.PersonalData;

/** Action items a person owns, wrote down or closed, for privacy export and forget. */
final class ActionPersonalData implements PersonalData {
  private final ActionRepository repository;

  ActionPersonalData(ActionRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "action items";
  }

  @Override
  public Object export(String teamId, String userId) {
    return repository.actionsOf(teamId, userId);
  }

  /** The actions are the network's and stay, their owner shown as a former member. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.replacePerson(teamId, userId, placeholder);
  }
}
