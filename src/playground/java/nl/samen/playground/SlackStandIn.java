package nl.samen.playground;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.SlackAnswers;

/**
 * Slack's side of the playground: the tests' {@link FakeSlackApi}, answering as the playground's
 * workspace, so that what Samen posts lands in conversations and views a person sees. Samen's SDK is
 * pointed at its {@link #apiUrl()}; the page's "under the hood" list is fed from its calls.
 */
public final class SlackStandIn implements AutoCloseable {
  private static final int KEPT_CALLS = 200;

  private final FakeSlackApi slack;
  private final Handles handles;

  public SlackStandIn(String botToken, Conversations conversations, OpenViews views, Handles handles,
      Traffic traffic) throws IOException {
    this.handles = handles;
    this.slack = new FakeSlackApi(baseUrl -> new Answers(botToken, conversations, views, handles, baseUrl));
    slack.keepCalls(KEPT_CALLS);
    slack.onCall((call, status) -> traffic.record(false, call.method().equals("upload")
        ? "upload" : call.method(), status, shown(call)));
  }

  /** What Samen's setting {@code SLACK_API_URL} points at. */
  public String apiUrl() {
    return slack.apiUrl();
  }

  /** The fake itself: its recorded calls, and faults to inject (as the tests do). */
  public FakeSlackApi slack() {
    return slack;
  }

  public String responseUrl(Handles.ResponseTarget target) {
    return slack.baseUrl() + "response/" + handles.newResponseKey(target);
  }

  private static String shown(FakeSlackApi.Call call) {
    if (call.method().equals("upload")) {
      return "file bytes";
    }
    if (call.json() != null) {
      return call.json().toString();
    }
    return call.body().isEmpty() ? call.params().toString() : URLDecoder.decode(call.body(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    slack.close();
  }

  /** The workspace's answers: Web API methods, response URL posts and file uploads. */
  private static final class Answers implements SlackAnswers {
    private final String botToken;
    private final Conversations conversations;
    private final Handles handles;
    private final WebApiMethods methods;
    private final ResponseUrlPosts responses;

    Answers(String botToken, Conversations conversations, OpenViews views, Handles handles, String baseUrl) {
      this.botToken = botToken;
      this.conversations = conversations;
      this.handles = handles;
      this.methods = new WebApiMethods(conversations, views, handles, id -> baseUrl + "upload/" + id);
      this.responses = new ResponseUrlPosts(conversations);
    }

    @Override
    public JsonObject call(String method, JsonObject args, Optional<String> token) {
      return token.filter(botToken::equals).isPresent() ? methods.call(method, args)
          : WebApiMethods.error(token.isEmpty() ? "not_authed" : "invalid_auth");
    }

    @Override
    public Reply responseUrl(String key, String body) {
      Optional<Handles.ResponseTarget> target = handles.response(key);
      if (target.isEmpty()) {
        return new Reply(404, "text/plain", "no_active_hooks");
      }
      responses.post(target.get(), JsonParser.parseString(body).getAsJsonObject());
      return Reply.json("{\"ok\":true}");
    }

    @Override
    public Reply upload(String id, byte[] bytes) {
      Optional<StoredFile> file = conversations.file(id);
      if (file.isEmpty()) {
        return new Reply(404, "text/plain", "not found");
      }
      conversations.putFile(file.get().withContent(bytes));
      return new Reply(200, "text/plain", "OK - " + bytes.length);
    }
  }
}
