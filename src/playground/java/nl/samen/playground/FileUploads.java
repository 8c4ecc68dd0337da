package nl.samen.playground;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Slack's upload flow as the SDK's filesUploadV2 uses it: {@code files.getUploadURLExternal} hands
 * out an upload URL, the bytes are posted there, and {@code files.completeUploadExternal} shares the
 * file in a conversation (its answer must list the files, or the SDK fails).
 */
final class FileUploads {
  private final Conversations conversations;
  private final Function<String, String> uploadUrl;
  private final AtomicLong ids = new AtomicLong(1);

  FileUploads(Conversations conversations, Function<String, String> uploadUrl) {
    this.conversations = conversations;
    this.uploadUrl = uploadUrl;
  }

  JsonObject uploadUrl(JsonObject args) {
    String id = "F0PG" + ids.incrementAndGet();
    String name = Optional.ofNullable(Json.string(args, "filename")).orElse("file");
    conversations.putFile(new StoredFile(id, name, name, new byte[0]));
    JsonObject out = WebApiMethods.ok();
    out.addProperty("upload_url", uploadUrl.apply(id));
    out.addProperty("file_id", id);
    return out;
  }

  JsonObject complete(JsonObject args) {
    JsonArray requested = Json.array(args.get("files"));
    if (requested == null || requested.isEmpty()) {
      return WebApiMethods.error("invalid_arguments");
    }
    List<StoredFile> files = new ArrayList<>();
    JsonArray out = new JsonArray();
    for (JsonElement element : requested) {
      JsonObject entry = element.getAsJsonObject();
      Optional<StoredFile> file = conversations.file(Json.string(entry, "id"));
      if (file.isEmpty()) {
        return WebApiMethods.error("file_not_found");
      }
      StoredFile titled = file.get().withTitle(Json.string(entry, "title"));
      conversations.putFile(titled);
      files.add(titled);
      JsonObject info = new JsonObject();
      info.addProperty("id", titled.id());
      info.addProperty("name", titled.name());
      info.addProperty("title", titled.title());
      info.addProperty("size", titled.content().length);
      out.add(info);
    }
    String channel = Json.string(args, "channel_id");
    if (channel != null) {
      conversations.add(channel, Message.Kind.BOT, Optional.empty(), Json.string(args, "initial_comment"), null, files);
    }
    JsonObject answer = WebApiMethods.ok();
    answer.add("files", out);
    return answer;
  }
}
