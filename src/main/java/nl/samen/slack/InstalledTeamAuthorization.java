package nl.samen.slack;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;
import static com.slack.api.bolt.middleware.MiddlewareOps.isNoTokenRequiredRequest;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Install mode: a request is answered with the bot token of the workspace that installed Samen where
 * it happened, and that workspace's team id is the one the listeners see. Which one: a view's
 * {@code app_installed_team_id}; else what Bolt read (an event's {@code authorizations[0]}, the
 * payload's team, an org-wide install's enterprise), never an event's top-level team id, which in a
 * shared channel can be the other side's. A person from a workspace without Samen, acting in a channel
 * shared with one that has it (Slack Connect), is answered through the installation of the network on
 * that channel. Unlike Bolt's own, this asks Slack nothing per request.
 */
final class InstalledTeamAuthorization implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(InstalledTeamAuthorization.class);
  private final BoltInstallations installations;
  private final Function<String, List<String>> teamsOfChannel;

  InstalledTeamAuthorization(BoltInstallations installations, Function<String, List<String>> teamsOfChannel) {
    this.installations = installations;
    this.teamsOfChannel = teamsOfChannel;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (isNoAuthRequiredRequest(req.getRequestType()) || isNoTokenRequiredRequest(req)) {
      return chain.next(req); // the OAuth flow, and app_uninstalled / tokens_revoked (no token left)
    }
    Context context = req.getContext();
    String team = RequestTeams.viewTeam(req).orElse(
        BoltInstallations.key(context.getEnterpriseId(), context.getTeamId(), context.isEnterpriseInstall()));
    Bot bot = Stream.concat(Stream.of(team),
            RequestTeams.channel(req).map(teamsOfChannel).orElse(List.of()).stream())
        .filter(Objects::nonNull)
        .map(candidate -> installations.findBot(null, candidate))
        .filter(Objects::nonNull)
        .findFirst().orElse(null);
    if (bot == null) {
      log.info("A request for workspace {}, which has not installed Samen (HTTP 401)", team);
      return Response.builder().statusCode(401).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
          .body("{\"error\":\"a request for an unknown workspace detected\"}").build();
    }
    context.setBotToken(bot.getBotAccessToken());
    context.setBotUserId(bot.getBotUserId());
    context.setTeamId(bot.getTeamId());
    return chain.next(req);
  }
}
