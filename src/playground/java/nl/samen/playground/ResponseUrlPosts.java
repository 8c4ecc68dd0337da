package nl.samen.playground;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * What a post to a response_url does: replace or delete the message that was clicked, post in the
 * conversation for everyone ({@code in_channel}), or, by default, show a reply only the person sees.
 */
final class ResponseUrlPosts {
  private final Conversations conversations;

  ResponseUrlPosts(Conversations conversations) {
    this.conversations = conversations;
  }

  void post(Handles.ResponseTarget target, JsonObject body) {
    Optional<String> source = target.sourceTs();
    if (source.isPresent() && "true".equals(Json.string(body, "delete_original"))) {
      conversations.delete(target.conversation(), source.get());
      return;
    }
    if (source.isPresent() && "true".equals(Json.string(body, "replace_original"))) {
      conversations.update(target.conversation(), source.get(), Json.string(body, "text"),
          Json.array(body.get("blocks")));
      return;
    }
    boolean inChannel = "in_channel".equals(Json.string(body, "response_type"));
    conversations.add(target.conversation(), inChannel ? Message.Kind.BOT : Message.Kind.EPHEMERAL,
        inChannel ? Optional.empty() : Optional.of(target.user()), Json.string(body, "text"),
        Json.array(body.get("blocks")), List.of());
  }
}
