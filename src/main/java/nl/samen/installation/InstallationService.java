package nl.samen.installation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Samen's own installation store (install mode): which workspaces installed Samen and with which bot
 * token, encrypted at rest; and the OAuth flow's single-use states. Knows nothing of Slack's SDK.
 * The end of an installation is {@link UninstallService}'s.
 */
public final class InstallationService {
  /** How long an install link stays good between /slack/install and Slack's redirect. */
  public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  private final InstallationRepository repository;
  private final TokenCipher cipher;
  private final Clock clock;

  public InstallationService(Jdbi jdbi, byte[] tokenKey, Clock clock) {
    this.repository = new InstallationRepository(jdbi);
    this.cipher = new TokenCipher(tokenKey);
    this.clock = clock;
  }

  public void save(Installation installation, String botToken) {
    repository.save(installation, cipher.encrypt(installation.teamId(), botToken));
  }

  public Optional<Installation> find(String teamId) {
    return repository.find(teamId).map(InstallationRepository.Stored::installation);
  }

  /** The workspace's bot token, decrypted; empty when it did not install Samen (or left). */
  public Optional<String> botToken(String teamId) {
    return teamId == null ? Optional.empty()
        : repository.find(teamId).map(stored -> cipher.decrypt(teamId, stored.sealedToken()));
  }

  /** Remembers the state of a new install link, good once, for {@link #STATE_LIFETIME}. */
  public void rememberState(String state) {
    repository.addState(state, clock.instant().plus(STATE_LIFETIME));
  }

  /** True once for a state this service handed out and that has not expired; false ever after. */
  public boolean takeState(String state) {
    return state != null && !state.isBlank() && repository.takeState(state, clock.instant());
  }
}
