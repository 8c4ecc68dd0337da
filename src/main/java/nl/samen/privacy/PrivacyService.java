package nl.samen.privacy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.UserDataChanges;

/**
 * Exports all data Samen holds about a person, from every feature's {@link PersonalData}, and
 * forgets it on request. History keeps its counts: where a row must stay (attendance, who created a
 * meeting), a placeholder of its own replaces the person's id, so two forgotten people never merge.
 */
public final class PrivacyService {
  private static final Gson JSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
      .disableHtmlEscaping().create();
  static final String PLACEHOLDER_PREFIX = "forgotten-";

  private final PersonalDataRegistry registry;
  private final UserDataChanges changes;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public PrivacyService(PersonalDataRegistry registry, UserDataChanges changes, Clock clock) {
    this.registry = registry;
    this.changes = changes;
    this.clock = clock;
  }

  /** Everything about the person, as JSON: one section per feature. */
  public byte[] exportJson(String teamId, String userId) {
    Map<String, Object> sections = new LinkedHashMap<>();
    registry.all().forEach(part -> sections.put(part.name(), part.export(teamId, userId)));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("user_id", userId);
    export.put("team_id", teamId);
    export.put("exported_at", clock.instant().toString());
    export.put("data", sections);
    return JSON.toJson(export).getBytes(StandardCharsets.UTF_8);
  }

  /** Deletes the person's data in every feature; returns the placeholder their history now carries. */
  public String forget(String teamId, String userId) {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    String placeholder = PLACEHOLDER_PREFIX + HexFormat.of().formatHex(bytes);
    registry.all().forEach(part -> part.forget(teamId, userId, placeholder));
    changes.changed(teamId, userId);
    return placeholder;
  }
}
