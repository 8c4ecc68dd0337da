package nl.samen.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samen.privacy.PersonalData;

/** Agenda and backlog items a person added, proposed or owns, for privacy export and forget. */
final class AgendaPersonalData implements PersonalData {
  private final AgendaRepository repository;
  private final CarryRepository backlog;

  AgendaPersonalData(AgendaRepository repository, CarryRepository backlog) {
    this.repository = repository;
    this.backlog = backlog;
  }

  @Override
  public String name() {
    return "agenda items";
  }

  @Override
  public Object export(String teamId, String userId) {
    List<Map<String, Object>> items = new ArrayList<>(repository.itemsOf(teamId, userId));
    items.addAll(backlog.backlogOf(teamId, userId));
    return items;
  }

  /** The items are the network's and stay; the person's id on them is replaced. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.replacePerson(teamId, userId, placeholder);
    backlog.replacePerson(teamId, userId, placeholder);
  }
}
