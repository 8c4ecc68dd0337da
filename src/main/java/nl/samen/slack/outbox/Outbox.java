package nl.samen.slack.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where every message the bot posts on its own goes first: stored, then delivered by the
 * {@link OutboxWorker}, so that a Slack failure or a restart never loses what a user did.
 */
public final class Outbox {
  private final OutboxRepository repository;
  private final NoticeRepository notices;
  private final Map<String, Renderer> renderers = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile Runnable onEnqueue = () -> {};

  /** One message a notice comes to: to a channel, or to a user's DM with the bot. */
  public record Message(String channelOrUser, String text, String blocksJson) {}

  /**
   * Turns a notice into its messages, each in its reader's language. Runs on the outbox worker,
   * outside any transaction, so it may ask Slack for a person's language; it may run again for the
   * same notice after a failure, so it only reads.
   */
  @FunctionalInterface
  public interface Renderer {
    List<Message> render(String teamId, String payload);
  }

  public Outbox(Jdbi jdbi, Clock clock) {
    this.repository = new OutboxRepository(jdbi);
    this.notices = new NoticeRepository(jdbi);
    this.clock = clock;
  }

  OutboxRepository repository() {
    return repository;
  }

  NoticeRepository notices() {
    return notices;
  }

  Optional<Renderer> renderer(String kind) {
    return Optional.ofNullable(renderers.get(kind));
  }

  /** Says how notices of this kind become messages; registered while the app is wired. */
  public void onNotice(String kind, Renderer renderer) {
    renderers.put(kind, renderer);
  }

  /**
   * Records, on the caller's handle and so in the caller's transaction, that a change must be told:
   * the worker later writes its messages (see {@link Renderer}). Call {@link #wake()} after the commit.
   *
   * @param networkId the network whose coordinators see its messages if they do not arrive
   */
  public void notice(Handle handle, String teamId, Long networkId, String kind, String payload) {
    NoticeRepository.insert(handle, teamId, networkId, kind, payload, clock.instant());
  }

  void onEnqueue(Runnable wake) {
    this.onEnqueue = wake;
  }

  /** A new message in a channel, or in a user's DM with the bot when given a user id. */
  public void post(String teamId, String channelOrUser, String text, String blocksJson) {
    repository.insert(teamId, channelOrUser, OutgoingMessage.Method.POST, Optional.empty(), text,
        blocksJson, clock.instant());
    onEnqueue.run();
  }

  /**
   * A new message, stored on the caller's handle so that it is part of the caller's transaction
   * (e.g. together with a claim that says it was sent). Call {@link #wake()} after the commit.
   */
  public long enqueue(Handle handle, String teamId, String channelOrUser, String text, String blocksJson) {
    return OutboxRepository.insert(handle, teamId, channelOrUser, OutgoingMessage.Method.POST,
        Optional.empty(), text, blocksJson, clock.instant());
  }

  /** Tells the worker that new messages are waiting. */
  public void wake() {
    onEnqueue.run();
  }

  /** Takes back a message that is still waiting; false if it is being sent or already went. */
  public boolean withdraw(long id) {
    return repository.withdraw(id);
  }

  /** A message that later changes update in place: posted the first time, updated after that. */
  public void postOrUpdate(String teamId, String channelId, String ref, String text, String blocksJson) {
    boolean posted = repository.posted(teamId, ref).isPresent();
    repository.insert(teamId, channelId,
        posted ? OutgoingMessage.Method.UPDATE : OutgoingMessage.Method.POST, Optional.of(ref),
        text, blocksJson, clock.instant());
    onEnqueue.run();
  }

  /** Whether the message under {@code ref} has reached Slack, so that an update can find it. */
  public boolean isPosted(String teamId, String ref) {
    return repository.posted(teamId, ref).isPresent();
  }

  /**
   * Updates the message under {@code ref} that is posted or still waits in the outbox to be posted:
   * the worker retries the update until the post has reached Slack.
   */
  public void update(String teamId, String channelId, String ref, String text, String blocksJson) {
    repository.insert(teamId, channelId, OutgoingMessage.Method.UPDATE, Optional.of(ref), text, blocksJson,
        clock.instant());
    onEnqueue.run();
  }

  /** Updates a message posted earlier under {@code ref}; nothing happens if there is none. */
  public void updateIfPosted(String teamId, String ref, String text, String blocksJson) {
    repository.posted(teamId, ref).ifPresent(p -> {
      repository.insert(teamId, p.channelId(), OutgoingMessage.Method.UPDATE, Optional.of(ref), text,
          blocksJson, clock.instant());
      onEnqueue.run();
    });
  }
}
