package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox on one background thread, keeping Slack's pace of about one message per
 * second per channel, honouring Retry-After on 429 and backing off on 5xx and network errors.
 * Its clock is the wall clock: the pace of Slack's API is real time, whatever the app's clock says.
 */
public final class OutboxWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  static final Duration CHANNEL_PACE = Duration.ofSeconds(1);
  static final int MAX_ATTEMPTS = 8;

  private final OutboxRepository repository;
  private final SlackGateway slack;
  private final Clock wallClock;
  private final Semaphore wakeUp = new Semaphore(0);
  private final Map<String, Instant> channelFreeAt = new HashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  public OutboxWorker(Outbox outbox, SlackGateway slack, Clock wallClock) {
    this.repository = outbox.repository();
    this.slack = slack;
    this.wallClock = wallClock;
    this.thread = new Thread(this::run, "samen-outbox");
    this.thread.setDaemon(true);
    outbox.onEnqueue(this::wake);
  }

  public void start() {
    int interrupted = repository.failInterrupted();
    if (interrupted > 0) {
      log.warn("{} message(s) were being sent when the app stopped; not sent again", interrupted);
    }
    thread.start();
  }

  public void wake() {
    wakeUp.release();
  }

  private void run() {
    while (running) {
      try {
        Duration pause = deliverDue();
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

  /** Sends what is due now and says how long to wait before looking again. */
  Duration deliverDue() {
    Instant now = wallClock.instant();
    List<OutgoingMessage> due = repository.due(now, 500);
    Instant nextLook = now.plus(Duration.ofSeconds(5));
    for (OutgoingMessage message : due) {
      if (!running) {
        break;
      }
      Instant free = channelFreeAt.getOrDefault(message.channelId(), Instant.EPOCH);
      if (free.isAfter(wallClock.instant())) {
        nextLook = earliest(nextLook, free);
        continue;
      }
      if (repository.claim(message.id())) {
        deliver(message);
        channelFreeAt.put(message.channelId(), wallClock.instant().plus(CHANNEL_PACE));
      }
    }
    if (due.size() == 500) {
      return Duration.ZERO;
    }
    Optional<Instant> pending = repository.nextDue();
    if (pending.isPresent()) {
      nextLook = earliest(nextLook, pending.get());
    }
    Duration wait = Duration.between(wallClock.instant(), nextLook);
    return wait.isNegative() ? Duration.ofMillis(10) : wait.plusMillis(5);
  }

  private void deliver(OutgoingMessage message) {
    try {
      Optional<String> ts = Optional.empty();
      if (message.method() == OutgoingMessage.Method.POST) {
        ts = Optional.of(slack.postMessage(message.channelId(), message.text(), message.blocks()));
      } else {
        Optional<OutboxRepository.PostedMessage> posted =
            repository.posted(message.teamId(), message.ref().orElseThrow());
        if (posted.isEmpty()) {
          retryOrFail(message, "the message to update is not posted yet", Duration.ofSeconds(1));
          return;
        }
        slack.updateMessage(posted.get().channelId(), posted.get().ts(), message.text(), message.blocks());
      }
      repository.markSent(message, ts, wallClock.instant());
    } catch (SlackCallFailed e) {
      if (!e.retryable()) {
        log.warn("Message {} to {} refused by Slack: {}", message.id(), message.channelId(), e.getMessage());
        repository.markFailed(message.id(), e.getMessage());
        return;
      }
      Duration wait = e.retryAfter().orElse(backoff(message.attempts() + 1));
      e.retryAfter().ifPresent(after ->
          channelFreeAt.put(message.channelId(), wallClock.instant().plus(after)));
      retryOrFail(message, e.getMessage(), wait);
    }
  }

  private void retryOrFail(OutgoingMessage message, String error, Duration wait) {
    if (message.attempts() + 1 >= MAX_ATTEMPTS) {
      log.warn("Message {} to {} failed after {} attempts: {}", message.id(), message.channelId(),
          MAX_ATTEMPTS, error);
      repository.markFailed(message.id(), error);
    } else {
      repository.retryLater(message.id(), wallClock.instant().plus(wait), error);
    }
  }

  static Duration backoff(int attempt) {
    long seconds = Math.min(60, 1L << Math.min(attempt - 1, 6));
    return Duration.ofSeconds(seconds);
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
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
