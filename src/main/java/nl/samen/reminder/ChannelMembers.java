package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A network channel's human members, asked of Slack at most once a minute per channel (when
 * several meetings of a network fall due together) and forgotten as soon as someone joins or leaves,
 * so that a new member is in the next round of reminders.
 */
final class ChannelMembers implements MemberDirectory {
  /** A minute: a join or leave is heard by one instance only; the others ask again soon. */
  static final Duration FRESH_FOR = Duration.ofMinutes(1);

  private final BiFunction<String, String, List<String>> slack;
  private final Clock clock;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(List<String> members, Instant askedAt) {}

  ChannelMembers(BiFunction<String, String, List<String>> slack, Clock clock) {
    this.slack = slack;
    this.clock = clock;
  }

  @Override
  public List<String> humanMembers(String teamId, String channelId) {
    Instant now = clock.instant();
    Known cached = known.get(channelId);
    if (cached != null && !now.isAfter(cached.askedAt().plus(FRESH_FOR)) && !now.isBefore(cached.askedAt())) {
      return cached.members();
    }
    List<String> members = List.copyOf(slack.apply(teamId, channelId));
    known.put(channelId, new Known(members, now));
    return members;
  }

  /** Someone joined or left: ask Slack again next time. Idempotent, as Slack may repeat events. */
  void changed(String channelId) {
    known.remove(channelId);
  }
}
