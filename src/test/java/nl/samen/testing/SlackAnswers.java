package nl.samen.testing;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * What {@link FakeSlackApi} answers once no fault is injected: the tests' fixed answers
 * ({@link FixedAnswers}), or the playground's workspace, which keeps the conversations and views a
 * person sees.
 */
public interface SlackAnswers {
  /** A reply to a request that is not a Web API call. */
  record Reply(int status, String contentType, String body) {
    public static Reply json(String body) {
      return new Reply(200, "application/json; charset=utf-8", body);
    }
  }

  /** A Web API call: its arguments (form fields, query and JSON body as one object) and the bot token, if sent. */
  JsonObject call(String method, JsonObject args, Optional<String> token);

  /** A post to a response URL handed out as {@code <base>response/<key>}. */
  default Reply responseUrl(String key, String body) {
    return Reply.json("{\"ok\":true}");
  }

  /** The bytes of a file, uploaded to {@code <base>upload/<id>} (an URL the answers gave out). */
  default Reply upload(String id, byte[] bytes) {
    return Reply.json("{\"ok\":true}");
  }
}
