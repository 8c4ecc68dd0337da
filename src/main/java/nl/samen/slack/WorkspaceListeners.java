package nl.samen.slack;

import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.bolt.App;
import nl.samen.installation.UninstallService;

/**
 * A workspace removing Samen: {@code app_uninstalled}, or {@code tokens_revoked} for the bot token.
 * Either ends the installation and takes the workspace's data with it; they come in either order and
 * Slack may deliver each twice, which finds nothing left. The workspace is the one of the event's
 * authorization, as Bolt read it.
 */
final class WorkspaceListeners implements SlackApp.Listeners {
  private final UninstallService uninstalls;

  WorkspaceListeners(UninstallService uninstalls) {
    this.uninstalls = uninstalls;
  }

  @Override
  public void register(App app) {
    app.event(AppUninstalledEvent.class, (payload, ctx) -> {
      uninstalls.forget(ctx.getTeamId());
      return ctx.ack();
    });
    app.event(TokensRevokedEvent.class, (payload, ctx) -> {
      var tokens = payload.getEvent().getTokens();
      // Samen holds only the bot token: revoked user tokens are not Samen's.
      if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
        uninstalls.forget(ctx.getTeamId());
      }
      return ctx.ack();
    });
  }
}
