package nl.samen.slack;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;
import static com.slack.api.bolt.middleware.MiddlewareOps.isNoTokenRequiredRequest;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install mode: a request is answered with the bot token of the workspace that installed Samen where
 * it happened. Bolt's request parsing found that workspace (an event's {@code authorizations[0]}, a
 * view's {@code app_installed_team_id}, else the payload's team or, for an org-wide install, its
 * enterprise), not the top-level team id, which in a shared channel can be another workspace's.
 * Unlike Bolt's own, this asks Slack nothing per request: the store has the bot user id already.
 */
final class InstalledTeamAuthorization implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(InstalledTeamAuthorization.class);
  private final BoltInstallations installations;

  InstalledTeamAuthorization(BoltInstallations installations) {
    this.installations = installations;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (isNoAuthRequiredRequest(req.getRequestType()) || isNoTokenRequiredRequest(req)) {
      return chain.next(req); // the OAuth flow, and app_uninstalled / tokens_revoked (no token left)
    }
    Context context = req.getContext();
    String team = BoltInstallations.key(context.getEnterpriseId(), context.getTeamId(), context.isEnterpriseInstall());
    Bot bot = team == null ? null : installations.findBot(null, team);
    if (bot == null) {
      log.info("A request for workspace {}, which has not installed Samen (HTTP 401)", team);
      return Response.builder().statusCode(401).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
          .body("{\"error\":\"a request for an unknown workspace detected\"}").build();
    }
    context.setBotToken(bot.getBotAccessToken());
    context.setBotUserId(bot.getBotUserId());
    context.setTeamId(team);
    return chain.next(req);
  }
}
