package nl.samen.playground;

import com.google.gson.JsonArray;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every message of the playground's workspace and the files in them, in memory. Message timestamps
 * follow the app's clock (so a jump in time shows), and stay unique and increasing like Slack's ts.
 */
public final class Conversations {
  private final Supplier<Instant> now;
  private final Revision revision;
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  private final AtomicLong lastMicros = new AtomicLong();

  /** @param now the app's current time (the clock is new after each reset) */
  public Conversations(Supplier<Instant> now, Revision revision) {
    this.now = now;
    this.revision = revision;
  }

  /** The conversation a channel or user id names: a user id means that user's DM with the bot. */
  public static String conversationOf(String channelOrUser) {
    return channelOrUser.startsWith("U") ? Workspace.directMessage(channelOrUser) : channelOrUser;
  }

  public Message add(String channelOrUser, Message.Kind kind, Optional<String> onlyFor, String text,
      JsonArray blocks, List<StoredFile> attached) {
    Message message = new Message(nextTs(), conversationOf(channelOrUser), kind, onlyFor,
        text == null ? "" : text, BlockIds.filled(blocks), List.copyOf(attached), false);
    synchronized (messages) {
      messages.add(message);
    }
    revision.bump();
    return message;
  }

  /** Replaces a message's text and blocks in place, as chat.update does; empty if there is no such message. */
  public Optional<Message> update(String channelOrUser, String ts, String text, JsonArray blocks) {
    String conversation = conversationOf(channelOrUser);
    synchronized (messages) {
      for (int i = 0; i < messages.size(); i++) {
        Message old = messages.get(i);
        if (old.conversation().equals(conversation) && old.ts().equals(ts)) {
          Message updated = old.replacedBy(text == null ? old.text() : text,
              blocks == null ? old.blocks() : BlockIds.filled(blocks));
          messages.set(i, updated);
          revision.bump();
          return Optional.of(updated);
        }
      }
    }
    return Optional.empty();
  }

  public boolean delete(String channelOrUser, String ts) {
    String conversation = conversationOf(channelOrUser);
    boolean removed;
    synchronized (messages) {
      removed = messages.removeIf(m -> m.conversation().equals(conversation) && m.ts().equals(ts));
    }
    if (removed) {
      revision.bump();
    }
    return removed;
  }

  public Optional<Message> find(String channelOrUser, String ts) {
    String conversation = conversationOf(channelOrUser);
    return in(conversation).stream().filter(m -> m.ts().equals(ts)).findFirst();
  }

  /** The messages of one conversation, oldest first, as everyone and anyone sees them. */
  public List<Message> in(String conversation) {
    synchronized (messages) {
      return messages.stream().filter(m -> m.conversation().equals(conversation)).toList();
    }
  }

  public List<Message> all() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  public void putFile(StoredFile file) {
    files.put(file.id(), file);
  }

  public Optional<StoredFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }

  public void clear() {
    synchronized (messages) {
      messages.clear();
    }
    files.clear();
    lastMicros.set(0);
    revision.bump();
  }

  /** Slack's ts is seconds with six decimals; ours is the app's clock in microseconds, never repeating. */
  private String nextTs() {
    long current = now.get().toEpochMilli() * 1000;
    long micros = lastMicros.updateAndGet(last -> Math.max(last + 1, current));
    return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
  }
}
