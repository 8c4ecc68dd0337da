package nl.samen.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/**
 * Tells a network's coordinators, each in their own language, that a member proposed an item:
 * renders the notice the proposal wrote in its own transaction (see {@link AgendaRepository}).
 */
final class AgendaNotices {
  private final People people;
  private final NetworkService networks;
  private final MeetingService meetings;
  private final AgendaService agendas;

  AgendaNotices(Outbox outbox, People people, NetworkService networks, MeetingService meetings,
      AgendaService agendas) {
    this.people = people;
    this.networks = networks;
    this.meetings = meetings;
    this.agendas = agendas;
    outbox.onNotice(AgendaRepository.PROPOSED, this::proposed);
  }

  List<Outbox.Message> proposed(String teamId, String payload) {
    String[] parts = payload.split(";", 2);
    int number = Integer.parseInt(parts[1]);
    Optional<Meeting> meeting = meetings.meeting(teamId, Long.parseLong(parts[0]));
    Optional<Network> network = meeting.flatMap(m -> networks.network(m.networkId()));
    // A proposal accepted or withdrawn before its notice went out is no longer news.
    Optional<AgendaItem> item = meeting.flatMap(m -> agendas.proposals(m).stream()
        .filter(i -> i.number() == number).findFirst());
    if (network.isEmpty() || item.isEmpty()) {
      return List.of();
    }
    return networks.coordinators(network.get()).stream()
        .filter(c -> !c.equals(item.get().createdBy()))
        .map(coordinator -> {
          Locale locale = people.localeOf(coordinator);
          return new Outbox.Message(coordinator, Texts.get(locale, "agenda.dm.proposed", item.get().createdBy(),
              item.get().number() + ". " + Escape.mrkdwn(item.get().title()), meeting.get().id(),
              Escape.mrkdwn(meeting.get().title()), item.get().number()), null);
        })
        .toList();
  }
}
