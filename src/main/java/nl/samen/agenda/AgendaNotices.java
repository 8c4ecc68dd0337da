package nl.samen.agenda;

import java.util.Locale;
import java.util.concurrent.Executor;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.Escape;
import nl.samen.slack.People;
import nl.samen.slack.Texts;
import nl.samen.slack.outbox.Outbox;

/** Tells a network's coordinators, each in their own language, that a member proposed an item. */
final class AgendaNotices {
  private final Outbox outbox;
  private final People people;
  private final NetworkService networks;
  private final Executor background;

  AgendaNotices(Outbox outbox, People people, NetworkService networks, Executor background) {
    this.outbox = outbox;
    this.people = people;
    this.networks = networks;
    this.background = background;
  }

  void proposed(Network network, Meeting meeting, AgendaItem item) {
    background.execute(() -> networks.coordinators(network).stream()
        .filter(c -> !c.equals(item.createdBy()))
        .forEach(coordinator -> {
          Locale locale = people.localeOf(coordinator);
          outbox.post(network.teamId(), coordinator, Texts.get(locale, "agenda.dm.proposed", item.createdBy(),
              item.number() + ". " + Escape.mrkdwn(item.title()), meeting.id(), Escape.mrkdwn(meeting.title()),
              item.number()),
              null);
        }));
  }
}
