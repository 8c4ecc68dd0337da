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
import nl.samen.slack.SlackCallFailed;
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
  private final SlackGateway slack;
  private final Clock wallClock;
  private final Semaphore wakeUp = new Semaphore(0);
  /** When each channel may get its next message; written by senders, read by the dispatcher. */
  private final Map<String, Instant> channelFreeAt = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final SentRecords sent;
  private final Thread dispatcher;
  private final ExecutorService senders;
  private final NoticeExpander notices;
  private final Duration backoffUnit;
  private volatile boolean running = true;

  public OutboxWorker(Outbox outbox, SlackGateway slack, Clock wallClock) {
    this(outbox, slack, wallClock, Duration.ofSeconds(1));
  }

  /** @param backoffUnit the first wait after a failure; it doubles with each try (tests shorten it) */
  OutboxWorker(Outbox outbox, SlackGateway slack, Clock wallClock, Duration backoffUnit) {
    this.backoffUnit = backoffUnit;
    this.repository = outbox.repository();
    this.sent = new SentRecords(repository);
    this.slack = slack;
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
    int interrupted = repository.markInterruptedUnknown();
    if (interrupted > 0) {
      log.warn("{} message(s) were being sent when the app stopped; not sent again, recorded as unknown",
          interrupted);
    }
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
    for (OutgoingMessage message : running ? repository.claimAll(turn) : List.<OutgoingMessage>of()) {
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
      quiet = deliver(message);
    } catch (RuntimeException e) {
      // Only recording an outcome gets here (deliver catches what Slack does). The message stays
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

  /**
   * Sends, records the outcome, and says how long the channel must stay quiet now: a pace after a
   * message went out (or may have), Slack's Retry-After after a 429, nothing after a failed try
   * (its retry waits for its own backoff).
   */
  private Duration deliver(OutgoingMessage message) {
    Optional<String> ts = Optional.empty();
    try {
      if (message.method() == OutgoingMessage.Method.POST) {
        ts = Optional.of(slack.postMessage(message.channelId(), message.text(), message.blocks()));
      } else {
        Optional<OutboxRepository.PostedMessage> posted =
            repository.posted(message.teamId(), message.ref().orElseThrow());
        if (posted.isEmpty()) {
          retryOrFail(message, "the message to update is not posted yet", Duration.ofSeconds(1), true);
          return Duration.ZERO;
        }
        slack.updateMessage(posted.get().channelId(), posted.get().ts(), message.text(), message.blocks());
      }
    } catch (SlackCallFailed e) {
      return failed(message, e.delivery(), e.getMessage(), e.retryAfter());
    } catch (RuntimeException e) {
      // Something broke between sending and reading Slack's answer: it may have arrived.
      return failed(message, SlackCallFailed.Delivery.UNKNOWN, String.valueOf(e), Optional.empty());
    }
    // Slack has it: from here on nothing may send it again, even if recording fails.
    sent.add(new OutboxRepository.Sent(message, ts, wallClock.instant()));
    return CHANNEL_PACE;
  }

  private Duration failed(OutgoingMessage message, SlackCallFailed.Delivery delivery, String error,
      Optional<Duration> retryAfter) {
    switch (delivery) {
      case REFUSED -> {
        log.warn("Message {} to {} refused by Slack: {}", message.id(), message.channelId(), error);
        repository.markFailed(message.id(), error);
        return Duration.ZERO;
      }
      case UNKNOWN -> {
        if (message.method() == OutgoingMessage.Method.POST) {
          log.warn("Message {} to {} may or may not have reached Slack ({}); not sent again",
              message.id(), message.channelId(), error);
          repository.markUnknown(message.id(), error);
          return CHANNEL_PACE;
        }
        // An update sets the same text again: doing it twice does no harm, so it is retried.
        retryOrFail(message, error, backoff(message.attempts() + 1), true);
        return Duration.ZERO;
      }
      default -> {
        boolean rateLimited = retryAfter.isPresent();
        Duration wait = retryAfter.orElse(backoff(message.attempts() + 1));
        retryOrFail(message, error, wait, !rateLimited);
        return rateLimited ? wait : Duration.ZERO;
      }
    }
  }

  private void retryOrFail(OutgoingMessage message, String error, Duration wait, boolean countsAsAttempt) {
    if (countsAsAttempt && message.attempts() + 1 >= MAX_ATTEMPTS) {
      log.warn("Message {} to {} failed after {} attempts: {}", message.id(), message.channelId(),
          MAX_ATTEMPTS, error);
      repository.markFailed(message.id(), error);
    } else {
      repository.retryLater(message.id(), wallClock.instant().plus(wait), error, countsAsAttempt);
    }
  }

  /** 1, 2, 4, … units, at most 60. */
  Duration backoff(int attempt) {
    return backoffUnit.multipliedBy(Math.min(60, 1L << Math.min(attempt - 1, 6)));
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
