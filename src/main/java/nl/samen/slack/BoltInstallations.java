package nl.samen.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Instant;
import java.util.Optional;
import nl.samen.installation.Installation;

/**
 * Bolt's side of Samen's installation store: the OAuth redirect saves through here. Requests find
 * their workspace's token through {@link InstalledTeamAuthorization}, and uninstalling goes through
 * Samen's service ({@link SlackApp}), so Bolt's delete methods have nothing to do.
 */
final class BoltInstallations implements InstallationService {
  private final nl.samen.installation.InstallationService installations;

  BoltInstallations(nl.samen.installation.InstallationService installations) {
    this.installations = installations;
  }

  /** The key of an installation: the workspace, or the organisation of an org-wide install. */
  static String key(String enterpriseId, String teamId, boolean enterpriseInstall) {
    return enterpriseInstall && enterpriseId != null ? enterpriseId : teamId;
  }

  @Override
  public void saveInstallerAndBot(Installer i) {
    boolean org = Boolean.TRUE.equals(i.getIsEnterpriseInstall());
    String team = key(i.getEnterpriseId(), i.getTeamId(), org);
    Instant at = i.getInstalledAt() == null ? Instant.EPOCH : Instant.ofEpochMilli(i.getInstalledAt());
    installations.save(new Installation(team, Optional.ofNullable(i.getEnterpriseId()), i.getBotUserId(),
        String.valueOf(i.getBotScope()), Optional.ofNullable(i.getInstallerUserId()), at), i.getBotAccessToken());
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    String team = teamId != null ? teamId : enterpriseId;
    if (team == null) {
      return null;
    }
    return installations.find(team).flatMap(found -> installations.botToken(team).map(token -> {
      DefaultBot bot = new DefaultBot();
      bot.setTeamId(found.teamId());
      bot.setEnterpriseId(found.enterpriseId().orElse(null));
      bot.setBotUserId(found.botUserId());
      bot.setBotScope(found.scopes());
      bot.setBotAccessToken(token);
      return (Bot) bot;
    })).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return null; // Samen keeps no user tokens
  }

  @Override
  public void deleteBot(Bot bot) {}

  @Override
  public void deleteInstaller(Installer installer) {}

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {}
}
