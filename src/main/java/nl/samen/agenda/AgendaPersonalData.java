package nl.samen.agenda;

import nl.samen.privacy.PersonalData;

/** Agenda items a person added, proposed or owns, for privacy export and forget. */
final class AgendaPersonalData implements PersonalData {
  private final AgendaRepository repository;

  AgendaPersonalData(AgendaRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "agenda items";
  }

  @Override
  public Object export(String teamId, String userId) {
    return repository.itemsOf(teamId, userId);
  }

  /** The items are the network's and stay; the person's id on them is replaced. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.replacePerson(teamId, userId, placeholder);
  }
}
