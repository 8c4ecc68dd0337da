package nl.samen.report;

import com.slack.api.model.User;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names a report shows for people: a board reads "Anna de Vries", not a Slack user id. Looked up
 * with users.info once per person per report; when Slack cannot tell, the id stands in.
 */
final class PersonNames {
  private static final Logger log = LoggerFactory.getLogger(PersonNames.class);
  private final SlackGateway slack;

  PersonNames(SlackGateway slack) {
    this.slack = slack;
  }

  Function<String, String> of(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    for (String id : userIds) {
      try {
        names.put(id, slack.userInfo(id).flatMap(PersonNames::name).orElse(id));
      } catch (SlackCallFailed e) {
        log.warn("No name for {} in the report: {}", id, e.getMessage());
        names.put(id, id);
      }
    }
    return id -> names.getOrDefault(id, id);
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
