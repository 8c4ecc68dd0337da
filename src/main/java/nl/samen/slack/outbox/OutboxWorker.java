package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: one dispatcher thread picks, per channel, the oldest message that is due and
 * hands it to a few sender threads, so that many channels are served in parallel while each
 * channel gets one message at a time, at most about one per second (Slack's pace). A 429 keeps the
 * channel quiet for its Retry-After. Only a failure that proves the message did not arrive (no
 * connection, a 429) is retried, with backoff; a message Slack may have received (a timeout after
 * sending, a 5xx) is never sent again but recorded as 'unknown'. A message that keeps failing is
 * marked failed. Notices are expanded into messages first (see {@link NoticeExpander}). Its clock
 * is the wall clock: Slack's pace is real time, whatever the app's clock says.
 */
public final class OutboxWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  static final Duration CHANNEL_PACE = Duration.ofSeconds(1);
  static final int MAX_ATTEMPTS = 8;
  static final int SENDERS = 8;
  private static final int CHANNELS_PER_ROUND = 2000;
  private static final Duration IDLE_LOOK = Duration.ofSeconds(5);

  private final OutboxRepository repository;
  private final Clock wallClock;
  private final Semaphore wakeUp = new Semaphore(0);
  /** When each channel may get its next message; written by senders, read by the dispatcher. */
  private final Map<String, Instant> channelFreeAt = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final SentRecords sent;
  private final Sender sender;
  private final Thread dispatcher;
  private final ExecutorService senders;
  private final NoticeExpander notices;
  private final Claims claims;
  private volatile boolean running = true;

  public OutboxWorker(Outbox outbox, SlackGateway slack, Clock wallClock) {
    this(outbox, slack, wallClock, Duration.ofSeconds(1), Claims.alone(outbox.repository()));
  }

  /** A worker beside others on one PostgreSQL database (several instances): see {@link SharedClaims}. */
  public static OutboxWorker shared(Outbox outbox, SlackGateway slack, Clock wallClock) {
    return new OutboxWorker(outbox, slack, wallClock, Duration.ofSeconds(1),
        new SharedClaims(outbox.repository().jdbi(), wallClock));
  }

  /** @param backoffUnit the first wait after a failure; it doubles with each try (tests shorten it) */
  OutboxWorker(Outbox outbox, SlackGateway slack, Clock wallClock, Duration backoffUnit, Claims claims) {
    this.claims = claims;
    this.repository = outbox.repository();
    this.sent = new SentRecords(repository);
    this.sender = new Sender(repository, slack, sent, wallClock, backoffUnit);
    this.wallClock = wallClock;
    this.dispatcher = new Thread(this::run, "samen-outbox");
    this.dispatcher.setDaemon(true);
    this.senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
      Thread thread = new Thread(runnable, "samen-outbox-sender");
      thread.setDaemon(true);
      return thread;
    });
    this.notices = new NoticeExpander(outbox, wallClock, backoffUnit, this::wake);
    outbox.onEnqueue(this::wake);
  }

  public void start() {
    claims.recover();
    dispatcher.start();
  }

  public void wake() {
    wakeUp.release();
  }

  private void run() {
    while (running) {
      try {
        Duration pause = dispatchDue();
        wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Outbox delivery round failed", e);
        sleepQuietly();
      }
    }
  }

  /**
   * Hands each channel whose turn it is its oldest due message, and says how long to wait before
   * looking again: until the earliest moment a channel with waiting messages is free.
   */
  Duration dispatchDue() {
    sent.flush();
    notices.expandDue();
    claims.sweep(); // an instance that died left its claims
    Instant now = wallClock.instant();
    channelFreeAt.values().removeIf(free -> free.isBefore(now));
    Instant nextLook = now.plus(IDLE_LOOK);
    List<OutboxRepository.Head> heads = repository.dueHeads(now, CHANNELS_PER_ROUND);
    List<Long> turn = new ArrayList<>();
    for (OutboxRepository.Head head : heads) {
      String channel = head.channelId();
      if (inFlight.contains(channel)) {
        nextLook = earliest(nextLook, now.plus(CHANNEL_PACE));
        continue;
      }
      Instant free = channelFreeAt.getOrDefault(channel, Instant.EPOCH);
      if (free.isAfter(now)) {
        nextLook = earliest(nextLook, free);
        continue;
      }
      turn.add(head.id());
    }
    // One write claims the whole round: per-message claims would make this thread the bottleneck.
    for (OutgoingMessage message : running ? repository.claimAll(turn, claims.claimant(), now) : List.<OutgoingMessage>of()) {
      inFlight.add(message.channelId());
      senders.execute(() -> send(message));
      nextLook = earliest(nextLook, now.plus(CHANNEL_PACE));
    }
    if (heads.size() == CHANNELS_PER_ROUND) {
      return Duration.ZERO;
    }
    Optional<Instant> pending = repository.nextDue();
    if (pending.isPresent()) {
      nextLook = earliest(nextLook, pending.get());
    }
    Optional<Instant> notice = notices.nextDue();
    if (notice.isPresent()) {
      nextLook = earliest(nextLook, notice.get());
    }
    if (sent.waiting()) {
      nextLook = earliest(nextLook, now.plus(CHANNEL_PACE));
    }
    Duration wait = Duration.between(wallClock.instant(), nextLook);
    return wait.isNegative() ? Duration.ofMillis(10) : wait.plusMillis(5);
  }

  /** On a sender thread: one message to one channel; the channel is free again a second later. */
  private void send(OutgoingMessage message) {
    Duration quiet = CHANNEL_PACE;
    try {
      quiet = claims.deliver(message, () -> sender.deliver(message));
    } catch (RuntimeException e) {
      // Only recording an outcome gets here (the sender catches what Slack does). The message stays
      // 'sending', which no round picks again; a restart records it as unknown. Never a retry.
      log.error("Recording the outcome of outbox message {} failed", message.id(), e);
    } finally {
      channelFreeAt.put(message.channelId(), wallClock.instant().plus(quiet));
      inFlight.remove(message.channelId());
      if (quiet.compareTo(CHANNEL_PACE) < 0) {
        wake(); // the dispatcher planned to look a pace from now: sooner is due here
      }
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    wakeUp.release();
    try {
      dispatcher.join(5000);
      notices.close();
      senders.shutdown();
      if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
        senders.shutdownNow();
      }
      sent.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
