package nl.samen.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import nl.samen.installation.InstallationService;
import nl.samen.installation.UninstallService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the Bolt app: the {@code /samen} command through the router, and each feature's listeners. */
public final class SlackApp {
  private static final Logger log = LoggerFactory.getLogger(SlackApp.class);

  /** A feature's buttons, modals and events, registered on the Bolt app. */
  public interface Listeners {
    void register(App app);
  }

  private SlackApp() {}

  /**
   * @param tokenCheck Slack's answer to auth.test for the bot token, asked while the app started (one
   *     workspace); with {@code installations} (install mode) there is none
   * @param teamsOfChannel the teams with a network on a channel (a shared channel's requests)
   * @param recent Slack's events already handled, by any instance (Slack retries an event it thinks lost)
   */
  public static App create(AppConfig config, AuthTestResponse tokenCheck, Optional<InstallationService> installations,
      Function<String, List<String>> teamsOfChannel, UninstallService uninstalls, CommandRouter router, People people,
      ExecutorService background, List<Listeners> features, RecentEvents recent) {
    App app = installations.map(i -> InstallFlow.app(config, i, teamsOfChannel))
        .orElseGet(() -> CheckedTokenApp.singleWorkspace(config, tokenCheck));
    // The team a request came through is the installation's (see InstalledTeamAuthorization), which
    // is the workspace whose token can look the user up.
    app.use((req, resp, chain) -> {
      people.seen(req.getContext().getTeamId(), req.getContext().getRequestUserId());
      return chain.next(req);
    });
    ErrorBoundary boundary = new ErrorBoundary(people);
    app.use(boundary); // the last middleware, so every listener runs inside it
    app.command("/samen", (req, ctx) -> {
      var payload = req.getPayload();
      Locale locale = people.localeOf(payload.getUserId());
      // The installation's team, not the payload's: in a shared channel the user's own workspace
      // may be another one than the network's.
      Reply reply = router.route(ctx.getTeamId(), payload.getChannelId(), payload.getUserId(),
          payload.getText(), payload.getTriggerId(), locale);
      return answer(reply, ctx, background, boundary, locale);
    });
    // Bolt runs one handler per event type, so membership events are taken here, once, and passed on
    // to every feature that cares; Slack may deliver an event twice, the second is ignored.
    app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
      if (recent.firstTime(ctx.getTeamId(), payload.getEventId())) {
        people.membershipChanged(ctx.getTeamId(), payload.getEvent().getChannel(), payload.getEvent().getUser());
      }
      return ctx.ack();
    });
    app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
      if (recent.firstTime(ctx.getTeamId(), payload.getEventId())) {
        people.membershipChanged(ctx.getTeamId(), payload.getEvent().getChannel(), payload.getEvent().getUser());
      }
      return ctx.ack();
    });
    new WorkspaceListeners(uninstalls).register(app);
    features.forEach(feature -> feature.register(app));
    return app;
  }

  /** The JSON of each fixed reply, made once: the help is asked often and is long. */
  private static final Map<String, String> FIXED_BODIES = new ConcurrentHashMap<>();

  private static Response answer(Reply reply, SlashCommandContext ctx, ExecutorService background,
      ErrorBoundary boundary, Locale locale) {
    if (reply instanceof Reply.Fixed fixed) {
      String body = FIXED_BODIES.computeIfAbsent(fixed.text(), text -> {
        JsonObject json = new JsonObject();
        json.addProperty("response_type", "ephemeral");
        json.addProperty("text", text);
        return json.toString();
      });
      return Response.builder().statusCode(200).contentType("application/json; charset=utf-8").body(body).build();
    }
    if (reply instanceof Reply.Message message) {
      List<LayoutBlock> blocks = blocksOrNull(message);
      return ctx.ack(r -> r.responseType("ephemeral").text(BlockLimits.fallback(message.text(), blocks)).blocks(blocks));
    }
    if (reply instanceof Reply.Later later) {
      // Past the acknowledgement no middleware is around: the boundary is called here instead.
      background.submit(() -> {
        Reply done;
        try {
          done = later.work().get();
        } catch (Exception e) {
          done = Reply.text(boundary.failed("The later answer of /samen", e, locale));
        }
        respond(ctx, done);
      });
    }
    return ctx.ack();
  }

  private static void respond(SlashCommandContext ctx, Reply done) {
    try {
      if (done instanceof Reply.Fixed fixed) {
        ctx.respond(r -> r.responseType("ephemeral").text(fixed.text()));
      } else if (done instanceof Reply.Message message) {
        List<LayoutBlock> blocks = blocksOrNull(message);
        ctx.respond(r -> r.responseType("ephemeral").text(BlockLimits.fallback(message.text(), blocks)).blocks(blocks));
      }
    } catch (Exception e) {
      log.warn("The later answer of /samen could not be sent: {}", e.getClass().getName());
    }
  }

  private static List<LayoutBlock> blocksOrNull(Reply.Message message) {
    // The last line of defence: an ephemeral reply that breaks a limit would not show at all.
    return message.blocks().isEmpty() ? null : BlockLimits.fitMessage(message.blocks(), "an ephemeral reply");
  }
}
