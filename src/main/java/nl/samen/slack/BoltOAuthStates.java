package nl.samen.slack;

import com.slack.api.bolt.service.OAuthStateService;
import nl.samen.installation.InstallationService;

/**
 * The OAuth flow's {@code state} for Bolt: Bolt makes it (a random UUID), puts it in the installer's
 * browser cookie and in Slack's authorize link; Samen keeps it in the database with an expiry. On
 * Slack's redirect, Bolt compares link and cookie, then asks here: taking the state is the check, so
 * a state works once, even when two redirects race.
 */
final class BoltOAuthStates implements OAuthStateService {
  private final InstallationService installations;

  BoltOAuthStates(InstallationService installations) {
    this.installations = installations;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    installations.rememberState(state);
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return installations.takeState(state);
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    // Taken already by the check above.
  }

  @Override
  public long getExpirationInSeconds() {
    return InstallationService.STATE_LIFETIME.toSeconds();
  }
}
