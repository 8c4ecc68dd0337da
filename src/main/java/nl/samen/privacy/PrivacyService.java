package nl.samen.privacy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;

/**
 * Exports all data Samen holds about a person, from every feature's {@link PersonalData}, and
 * forgets it on request. History keeps its counts: where a row must stay (attendance, who created a
 * meeting), a placeholder of its own replaces the person's id, so two forgotten people never merge.
 */
final class PrivacyService {
  private static final Gson JSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
      .disableHtmlEscaping().create();
  static final String PLACEHOLDER_PREFIX = "forgotten-";

  private final List<PersonalData> parts;
  private final PrivacyRepository repository;
  private final SoleCoordinators soleCoordinators;
  private final Events events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** How a request to forget ended. */
  public sealed interface Forgetting {
    /** Forgotten; the person's history now carries this placeholder. */
    record Forgotten(String placeholder) implements Forgetting {}

    /** Refused: these networks would be left without a coordinator, for good. */
    record OnlyCoordinator(List<String> networks) implements Forgetting {}
  }

  PrivacyService(List<PersonalData> parts, PrivacyRepository repository, SoleCoordinators soleCoordinators,
      Events events, Clock clock) {
    this.soleCoordinators = soleCoordinators;
    this.parts = List.copyOf(parts);
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  /** Everything about the person, as JSON: one section per feature. */
  public byte[] exportJson(String teamId, String userId) {
    Map<String, Object> sections = new LinkedHashMap<>();
    parts.forEach(part -> sections.put(part.name(), part.export(teamId, userId)));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("user_id", userId);
    export.put("team_id", teamId);
    export.put("exported_at", clock.instant().toString());
    export.put("data", sections);
    return JSON.toJson(export).getBytes(StandardCharsets.UTF_8);
  }

  /** The networks the person is the only coordinator of: forgetting them would orphan these. */
  public List<String> networksOnlyCoordinatedBy(String teamId, String userId) {
    return soleCoordinators.networksOnlyCoordinatedBy(teamId, userId);
  }

  /**
   * Deletes the person's data in every feature, then puts the placeholder wherever their id is
   * still written (mentions in messages to others, text others typed). A network's last
   * coordinator is refused: nobody could name a new one.
   */
  public Forgetting forget(String teamId, String userId) {
    List<String> orphaned = soleCoordinators.networksOnlyCoordinatedBy(teamId, userId);
    if (!orphaned.isEmpty()) {
      return new Forgetting.OnlyCoordinator(orphaned);
    }
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    String placeholder = PLACEHOLDER_PREFIX + HexFormat.of().formatHex(bytes);
    parts.forEach(part -> part.forget(teamId, userId, placeholder));
    repository.replaceLeftovers(teamId, userId, placeholder);
    events.publish(new SamenEvent.UserDataChanged(teamId, userId));
    return new Forgetting.Forgotten(placeholder);
  }
}
