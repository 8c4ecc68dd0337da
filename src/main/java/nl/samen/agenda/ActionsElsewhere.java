package nl.samen.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.home.HomeSection;
import nl.samen.home.HomeTask;
import nl.samen.home.HomeUser;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.reminder.AgendaSummary;

/**
 * A person's own open action items where other features show them: on their App Home, each with the
 * done button of the owner's reminder DM, and in their meeting reminders (there after the agenda's
 * items, which this passes on); the network's open ones in the channel's reminder, as on the agenda.
 */
final class ActionsElsewhere implements HomeSection, AgendaSummary {
  /** A reminder names this many of the person's actions, then how many more. */
  static final int IN_REMINDER = 3;

  private final ActionService actions;
  private final NetworkService networks;
  private final AgendaSummary agenda;

  ActionsElsewhere(ActionService actions, NetworkService networks, AgendaSummary agenda) {
    this.actions = actions;
    this.networks = networks;
    this.agenda = agenda;
  }

  @Override
  public List<HomeTask> tasks(List<Network> mine, HomeUser user) {
    Map<Long, Network> byId = mine.stream().collect(Collectors.toMap(Network::id, Function.identity()));
    Locale locale = user.locale();
    return actions.openOwnedBy(mine, user.userId()).stream().map(a -> {
      Network network = byId.get(a.networkId());
      return new HomeTask(ActionViews.homeLine(a, network.name(), actions.today(network), locale),
          ActionReminders.ACTION_DONE, a.networkId() + ":" + a.number(), ActionViews.doneButton(locale));
    }).toList();
  }

  @Override
  public List<String> items(Meeting meeting, Locale locale) {
    return agenda.items(meeting, locale);
  }

  @Override
  public List<String> openActions(Meeting meeting, String userId, Locale locale) {
    return networks.network(meeting.networkId())
        .map(network -> capped(actions.openOwnedBy(List.of(network), userId), network, locale)).orElse(List.of());
  }

  @Override
  public List<String> networkActions(Meeting meeting, Locale locale) {
    List<Action> open = actions.openBefore(meeting);
    return networks.network(meeting.networkId()).map(network -> capped(open, network, locale)).orElse(List.of());
  }

  private List<String> capped(List<Action> open, Network network, Locale locale) {
    List<String> lines = new ArrayList<>();
    open.stream().limit(IN_REMINDER)
        .forEach(a -> lines.add(ActionViews.reminderLine(a, actions.today(network), locale)));
    if (open.size() > IN_REMINDER) {
      lines.add(ActionViews.more(open.size() - IN_REMINDER, locale));
    }
    return lines;
  }
}
