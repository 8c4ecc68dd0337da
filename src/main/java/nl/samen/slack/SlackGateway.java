package nl.samen.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLHandshakeException;

/**
 * Every call Samen makes to Slack's Web API goes through here, so that Slack's ways of failing
 * ({@code "ok": false} with HTTP 200, 429 with Retry-After, 5xx) are turned into one exception type
 * in one place. Calls go out with a workspace's bot token: {@link #forTeam} picks the workspace
 * (in single-workspace mode there is one, SLACK_BOT_TOKEN).
 */
public final class SlackGateway {
  private final MethodsClient methods; // null in install mode, where each workspace has its own
  private final Function<String, SlackGateway> workspaces;
  /** Told of every failed call (metrics); by default nobody listens. */
  private volatile FailureListener failures = (method, status) -> { };

  /** Hears a failed call: the Web API method and a short status (HTTP code, Slack's error, timeout). */
  @FunctionalInterface
  public interface FailureListener {
    void failed(String method, String status);
  }

  /** One workspace: every call carries this client's token, whatever the team. */
  public SlackGateway(MethodsClient methods) {
    this.methods = methods;
    this.workspaces = null;
  }

  /** Install mode: {@code workspaces} gives each installed workspace's gateway (see SlackStart). */
  public SlackGateway(Function<String, SlackGateway> workspaces) {
    this.methods = null;
    this.workspaces = workspaces;
  }

  /** Calls with the token of this workspace, the rows' (network's) team; one not installed refuses. */
  public SlackGateway forTeam(String teamId) {
    if (workspaces == null) {
      return this;
    }
    SlackGateway workspace = workspaces.apply(teamId);
    workspace.failures = failures; // a workspace's failures count like any other
    return workspace;
  }

  private MethodsClient client() {
    if (methods == null) {
      throw new IllegalStateException("A call to Slack without a workspace: use forTeam(teamId)");
    }
    return methods;
  }

  /** Asks Slack whether the bot token is good, and whose it is. */
  public AuthTestResponse checkToken() {
    return call("auth.test", () -> client().authTest(r -> r));
  }

  /** Posts a message to a channel, or to a user's DM with the bot when given a user id. */
  public String postMessage(String channel, String text, String blocksJson) {
    String blocks = BlockLimits.fitMessageJson(blocksJson, "chat.postMessage");
    ChatPostMessageResponse response = call("chat.postMessage", () -> client().chatPostMessage(r -> r
        .channel(channel)
        .text(BlockLimits.fallback(text, blocks))
        .blocksAsString(blocks)
        .unfurlLinks(false)));
    return response.getTs();
  }

  public void updateMessage(String channel, String ts, String text, String blocksJson) {
    String blocks = BlockLimits.fitMessageJson(blocksJson, "chat.update");
    call("chat.update", () -> client().chatUpdate(r -> r
        .channel(channel)
        .ts(ts)
        .text(BlockLimits.fallback(text, blocks))
        .blocksAsString(blocks)));
  }

  public Optional<User> userInfo(String userId) {
    UsersInfoResponse response = call("users.info", () -> client().usersInfo(r -> r
        .user(userId)
        .includeLocale(true)));
    return Optional.ofNullable(response.getUser());
  }

  /** All member ids of a channel, across Slack's pages. */
  public List<String> channelMembers(String channel) {
    List<String> members = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor;
      ConversationsMembersResponse response = call("conversations.members",
          () -> client().conversationsMembers(r -> r.channel(channel).limit(500).cursor(page)));
      if (response.getMembers() != null) {
        members.addAll(response.getMembers());
      }
      cursor = response.getResponseMetadata() == null
          ? null
          : response.getResponseMetadata().getNextCursor();
    } while (cursor != null && !cursor.isEmpty());
    return members;
  }

  public void openView(String triggerId, View view) {
    View fitted = BlockLimits.fitView(view, "views.open");
    call("views.open", () -> client().viewsOpen(r -> r.triggerId(triggerId).view(fitted)));
  }

  public void publishHome(String userId, View view) {
    View fitted = BlockLimits.fitView(view, "views.publish");
    call("views.publish", () -> client().viewsPublish(r -> r.userId(userId).view(fitted)));
  }

  /** The id of the bot's DM conversation with a user (files need a conversation id, not a user id). */
  public String openDirectMessage(String userId) {
    return call("conversations.open", () -> client().conversationsOpen(r -> r.users(List.of(userId))))
        .getChannel().getId();
  }

  /**
   * Uploads a file into a conversation with Slack's upload v2 flow ({@code files.getUploadURLExternal},
   * the bytes to the upload URL, {@code files.completeUploadExternal}); the SDK does the three steps.
   */
  public void uploadFile(String channelId, String filename, String title, byte[] content, String comment) {
    call("files.uploadV2", () -> client().filesUploadV2(r -> r
        .channel(channelId)
        .filename(filename)
        .title(title)
        .fileData(content)
        .initialComment(comment)));
  }

  public void onFailure(FailureListener listener) {
    this.failures = listener;
  }

  public MethodsClient methods() {
    return client();
  }

  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException, SlackApiException;
  }

  <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    T response;
    try {
      response = call.run();
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      failures.failed(method, String.valueOf(status));
      Optional<Duration> retryAfter = Optional.ofNullable(e.getResponse().header("Retry-After"))
          .flatMap(SlackGateway::seconds);
      throw new SlackCallFailed(method + " answered HTTP " + status, delivery(status), retryAfter, e);
    } catch (IOException e) {
      failures.failed(method, e instanceof SocketTimeoutException ? "timeout" : "io_error");
      throw new SlackCallFailed(method + " failed: " + e.getMessage(), delivery(e), Optional.empty(), e);
    }
    if (!response.isOk()) {
      failures.failed(method, String.valueOf(response.getError()));
      throw new SlackCallFailed(method + " answered " + response.getError(), delivery(response.getError()),
          Optional.empty(), null);
    }
    return response;
  }

  /** A 429 is turned away unprocessed; a 5xx may come after Slack acted; other statuses are refusals. */
  private static SlackCallFailed.Delivery delivery(int status) {
    if (status == 429) {
      return SlackCallFailed.Delivery.NOT_SENT;
    }
    return status >= 500 ? SlackCallFailed.Delivery.UNKNOWN : SlackCallFailed.Delivery.REFUSED;
  }

  /**
   * Only a failure to connect proves the request never left: a timeout or a reset may come after
   * Slack read it (OkHttp's own retries are off, see SlackStart, so nothing was sent behind our back).
   */
  private static SlackCallFailed.Delivery delivery(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException
        ? SlackCallFailed.Delivery.NOT_SENT
        : SlackCallFailed.Delivery.UNKNOWN;
  }

  private static SlackCallFailed.Delivery delivery(String error) {
    if ("ratelimited".equals(error)) {
      return SlackCallFailed.Delivery.NOT_SENT;
    }
    return "internal_error".equals(error) || "fatal_error".equals(error) || "service_unavailable".equals(error)
        || "request_timeout".equals(error)
        ? SlackCallFailed.Delivery.UNKNOWN
        : SlackCallFailed.Delivery.REFUSED;
  }

  private static Optional<Duration> seconds(String header) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
