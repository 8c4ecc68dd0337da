package nl.samen.report;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names a report shows for people: a board reads "Anna de Vries", not a Slack user id. Looked up
 * with users.info, a few at a time, and kept for a while so that the next report needs no calls;
 * when Slack cannot tell, the id stands in.
 */
final class PersonNames {
  private static final Logger log = LoggerFactory.getLogger(PersonNames.class);
  static final Duration KEEP = Duration.ofHours(12);
  /** users.info is a Tier 4 method: four at a time stays well inside its limit. */
  private static final int PARALLEL = 4;

  private final SlackGateway slack;
  private final Clock clock;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(String name, Instant until) {}

  PersonNames(SlackGateway slack, Clock clock) {
    this.slack = slack;
    this.clock = clock;
  }

  /** @param teamId the network's team, whose installation looks the people up */
  Function<String, String> of(String teamId, Collection<String> userIds) {
    Instant now = clock.instant();
    List<String> missing = userIds.stream().distinct()
        .filter(id -> !known.containsKey(id) || known.get(id).until().isBefore(now)).toList();
    if (!missing.isEmpty()) {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, missing.size()), r -> {
        Thread thread = new Thread(r, "samen-report-names");
        thread.setDaemon(true);
        return thread;
      });
      missing.forEach(id -> pool.execute(() -> lookUp(teamId, id, now)));
      pool.shutdown();
      try {
        pool.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return id -> Optional.ofNullable(known.get(id)).map(Known::name).orElse(id);
  }

  private void lookUp(String teamId, String id, Instant now) {
    try {
      slack.forTeam(teamId).userInfo(id).flatMap(PersonNames::name)
          .ifPresent(name -> known.put(id, new Known(name, now.plus(KEEP))));
    } catch (SlackCallFailed e) {
      log.warn("No name for {} in the report: {}", id, e.getMessage());
    }
  }

  private static Optional<String> name(User user) {
    if (user.getProfile() != null) {
      for (String name : new String[] {user.getProfile().getRealName(), user.getProfile().getDisplayName()}) {
        if (name != null && !name.isBlank()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.ofNullable(user.getRealName()).or(() -> Optional.ofNullable(user.getName()))
        .filter(n -> !n.isBlank());
  }
}
