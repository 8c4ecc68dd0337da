package nl.samen.slack;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Samen needs to know about Slack users: their language and whether they are human. Looked up
 * with {@code users.info} and cached, because Slack's payloads do not carry a locale; for a few
 * minutes only, so that instances side by side agree soon after someone changes their language.
 */
public final class People {
  private static final Logger log = LoggerFactory.getLogger(People.class);

  private final SlackGateway slack;
  private final Locale defaultLocale;
  private static final Duration FRESH = Duration.ofMinutes(5);

  private final ConcurrentMap<String, Known> cache = new ConcurrentHashMap<>();
  /**
   * The workspace whose token can look a user up: the one they were last seen in (a request, a
   * channel's members). A Slack user keeps one id across workspaces, also in a shared channel.
   */
  private final ConcurrentMap<String, String> teamOfUser = new ConcurrentHashMap<>();
  private final Clock wallClock = Clock.systemUTC(); // Slack's data ages in real time
  private final Events events;

  public People(SlackGateway slack, Locale defaultLocale, Events events) {
    this.slack = slack;
    this.defaultLocale = defaultLocale;
    this.events = events;
  }

  record Person(Optional<Locale> locale, boolean human) {}

  private record Known(Person person, Instant at) {}

  public Locale defaultLocale() {
    return defaultLocale;
  }

  /** Someone joined or left a channel (Slack's member_joined/left_channel events). */
  void membershipChanged(String teamId, String channelId, String userId) {
    events.publish(new SamenEvent.MembershipChanged(teamId, channelId, userId));
  }

  /** A request from this user reached Samen through this workspace's installation. */
  void seen(String teamId, String userId) {
    if (teamId != null && userId != null) {
      teamOfUser.put(userId, teamId);
    }
  }

  /** The user's Slack language if it is one Samen speaks, else the configured default. */
  public Locale localeOf(String userId) {
    Person person = person(userId);
    return person.locale().orElse(defaultLocale);
  }

  /**
   * The channel's members who are people: bots, apps and deactivated accounts left out. The team is
   * the network's, whose installation sees the channel (in a shared one, also the other side's people).
   */
  public List<String> humanMembers(String teamId, String channelId) {
    List<String> members = slack.forTeam(teamId).channelMembers(channelId);
    members.forEach(id -> teamOfUser.putIfAbsent(id, teamId));
    return members.stream().filter(id -> person(id).human()).toList();
  }

  private Person person(String userId) {
    Known known = cache.get(userId);
    if (known != null && known.at().plus(FRESH).isAfter(wallClock.instant())) {
      return known.person();
    }
    Person fetched;
    try {
      // A user never seen in any workspace is looked up with no team: one workspace's token, or a
      // refusal in install mode (then the default language, until a request shows their workspace).
      fetched = slack.forTeam(teamOfUser.get(userId)).userInfo(userId).map(People::person)
          .orElse(new Person(Optional.empty(), true));
    } catch (SlackCallFailed e) {
      // Not cached: the next request tries again. Meanwhile what was known, or the default language, serves.
      log.warn("users.info for {} failed: {}", userId, e.getMessage());
      return known != null ? known.person() : new Person(Optional.empty(), true);
    }
    cache.put(userId, new Known(fetched, wallClock.instant()));
    return fetched;
  }

  private static Person person(User user) {
    boolean human = !Boolean.TRUE.equals(user.isBot())
        && !Boolean.TRUE.equals(user.isAppUser())
        && !Boolean.TRUE.equals(user.isDeleted())
        && !"USLACKBOT".equals(user.getId());
    Optional<Locale> locale = Optional.ofNullable(user.getLocale())
        .map(tag -> Locale.forLanguageTag(tag))
        .filter(l -> l.getLanguage().equals("nl") || l.getLanguage().equals("en"))
        .map(Texts::supported);
    return new Person(locale, human);
  }
}
