package nl.samen.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import nl.samen.network.Network;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes App Home views in the background. Refreshes for one person coalesce (a burst of changes
 * gives one or two publishes, not one per change) and never overtake each other, so the last
 * publish always shows the latest data. Only people who opened their home get refreshes on changes:
 * the others see a fresh view the next time they open it. Who opened it lives in the database, so a
 * change handled by one instance refreshes a home opened through another.
 */
final class HomePublisher {
  private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);
  /** A home not opened for this long is not refreshed: its owner no longer looks at it. */
  static final Duration WATCHED = Duration.ofDays(90);

  private final HomeService home;
  private final MyNetworks myNetworks;
  private final SlackGateway slack;
  private final Function<String, Locale> localeOf;
  private final Executor background;
  private final HomeOpenedRepository openings;
  private final Clock clock;
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  HomePublisher(HomeService home, MyNetworks myNetworks, SlackGateway slack,
      Function<String, Locale> localeOf, Executor background, HomeOpenedRepository openings, Clock clock) {
    this.home = home;
    this.myNetworks = myNetworks;
    this.slack = slack;
    this.localeOf = localeOf;
    this.background = background;
    this.openings = openings;
    this.clock = clock;
  }

  /** The person opened their home: publish it, and keep it fresh from now on. */
  void opened(String teamId, String userId) {
    openings.opened(teamId, userId, clock.instant());
    refresh(teamId, userId);
  }

  /** Something the person sees changed. */
  void changed(String teamId, String userId) {
    if (openings.lastOpened(teamId, userId).filter(at -> !at.isBefore(watchedSince())).isPresent()) {
      refresh(teamId, userId);
    }
  }

  /**
   * A meeting of the network changed: everyone in it who had opened their home by now. Who is in
   * the network may take a call to Slack, so that part runs in the background.
   */
  void networkChanged(Network network) {
    Set<String> watching = openings.openedSince(network.teamId(), watchedSince());
    if (watching.isEmpty()) {
      return;
    }
    background.execute(() -> myNetworks.people(network).stream()
        .filter(watching::contains)
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

  private Instant watchedSince() {
    return clock.instant().minus(WATCHED);
  }

  private static String key(String teamId, String userId) {
    return teamId + ":" + userId;
  }
}
