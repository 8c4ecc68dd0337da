package nl.samen.home;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.network.Network;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes App Home views in the background. Refreshes for one person coalesce (a burst of changes
 * gives one or two publishes, not one per change) and never overtake each other, so the last
 * publish always shows the latest data. Only people who opened their home since the app started get
 * refreshes on changes: the others see a fresh view the next time they open it.
 */
final class HomePublisher {
  private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);

  private final HomeService home;
  private final MyNetworks myNetworks;
  private final SlackGateway slack;
  private final Function<String, Locale> localeOf;
  private final Executor background;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  HomePublisher(HomeService home, MyNetworks myNetworks, SlackGateway slack,
      Function<String, Locale> localeOf, Executor background) {
    this.home = home;
    this.myNetworks = myNetworks;
    this.slack = slack;
    this.localeOf = localeOf;
    this.background = background;
  }

  /** The person opened their home: publish it, and keep it fresh from now on. */
  void opened(String teamId, String userId) {
    seen.add(key(teamId, userId));
    refresh(teamId, userId);
  }

  /** Something the person sees changed. */
  void changed(String teamId, String userId) {
    if (seen.contains(key(teamId, userId))) {
      refresh(teamId, userId);
    }
  }

  /**
   * A meeting of the network changed: everyone in it who had opened their home by now. Who is in
   * the network may take a call to Slack, so that part runs in the background.
   */
  void networkChanged(Network network) {
    String team = key(network.teamId(), "");
    Set<String> watching = seen.stream().filter(k -> k.startsWith(team)).collect(Collectors.toSet());
    if (watching.isEmpty()) {
      return;
    }
    background.execute(() -> myNetworks.people(network).stream()
        .filter(user -> watching.contains(key(network.teamId(), user)))
        .forEach(user -> refresh(network.teamId(), user)));
  }

  private void refresh(String teamId, String userId) {
    String key = key(teamId, userId);
    if (queued.add(key)) {
      background.execute(() -> {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
          queued.remove(key);
          publish(teamId, userId);
        }
      });
    }
  }

  private void publish(String teamId, String userId) {
    try {
      HomePage page = home.homeOf(teamId, userId, localeOf.apply(userId));
      slack.forTeam(teamId).publishHome(userId, HomeViews.home(page));
    } catch (SlackCallFailed e) {
      // The home is derived data: the next open or change publishes it again.
      log.warn("The home view of {} was not published: {}", userId, e.getMessage());
    } catch (RuntimeException e) {
      log.error("The home view of {} could not be built", userId, e);
    }
  }

  private static String key(String teamId, String userId) {
    return teamId + ":" + userId;
  }
}
