package nl.samen.installation;

import java.time.Instant;
import java.util.Optional;

/**
 * A workspace that installed Samen (its token is kept apart, so that this record can be shown or
 * logged). {@code teamId} is the installing workspace, an org-wide install's enterprise id.
 */
public record Installation(String teamId, Optional<String> enterpriseId, String botUserId, String scopes,
    Optional<String> installedBy, Instant installedAt) {}
