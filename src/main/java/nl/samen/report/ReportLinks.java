package nl.samen.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.samen.network.Network;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Jdbi;

/**
 * Secret links to rendered report pages: a 256-bit random token that only the coordinator gets; the
 * database keeps its SHA-256, the page and when the link stops working.
 */
final class ReportLinks {
  public static final Duration LIFETIME = Duration.ofDays(30);
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Jdbi jdbi;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ReportLinks(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A link made now: the token to put in the URL, and when it expires. */
  public record Link(String token, Instant expiresAt) {}

  public Link create(Network network, SchoolYear year, String html, Collection<String> people, String createdBy) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expires = now.plus(LIFETIME);
    jdbi.useHandle(h -> h.createUpdate("""
            insert into report_link (team_id, network_id, school_year, token_hash, html, people,
                                     created_by, created_at, expires_at)
            values (:team, :network, :year, :hash, :html, :people, :by, :now, :expires)
            """)
        .bind("team", network.teamId()).bind("network", network.id()).bind("year", year.name())
        .bind("hash", hash(token)).bind("html", html).bind("people", " " + String.join(" ", people) + " ")
        .bind("by", createdBy).bind("now", now).bind("expires", expires)
        .execute());
    return new Link(token, expires);
  }

  /** The page behind a token, if the token is well-formed, known and not expired. */
  public Optional<String> page(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("select html from report_link where token_hash = :hash and expires_at > :now")
        .bind("hash", hash(token)).bind("now", clock.instant())
        .mapTo(String.class).findOne());
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
