package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns due notices into outbox messages, on threads of its own: rendering may wait for Slack
 * (a person's language), and that must not hold up delivery.
 */
final class NoticeExpander implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NoticeExpander.class);
  private static final int PER_ROUND = 100;

  private final Outbox outbox;
  private final NoticeRepository notices;
  private final Clock wallClock;
  private final Duration backoffUnit;
  private final Runnable expanded;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
    Thread thread = new Thread(runnable, "samen-outbox-notices");
    thread.setDaemon(true);
    return thread;
  });

  /** @param expanded told when new messages were written, to deliver them */
  NoticeExpander(Outbox outbox, Clock wallClock, Duration backoffUnit, Runnable expanded) {
    this.outbox = outbox;
    this.notices = outbox.notices();
    this.wallClock = wallClock;
    this.backoffUnit = backoffUnit;
    this.expanded = expanded;
  }

  /** Starts expanding every due notice that is not being expanded already. */
  void expandDue() {
    for (NoticeRepository.Notice notice : notices.due(wallClock.instant(), PER_ROUND)) {
      if (inFlight.add(notice.id())) {
        threads.execute(() -> {
          try {
            expand(notice);
          } finally {
            inFlight.remove(notice.id());
          }
        });
      }
    }
  }

  Optional<Instant> nextDue() {
    return notices.nextDue();
  }

  private void expand(NoticeRepository.Notice notice) {
    try {
      Optional<Outbox.Renderer> renderer = outbox.renderer(notice.kind());
      if (renderer.isEmpty()) {
        log.warn("Notice {} of kind {} has no renderer; not sent", notice.id(), notice.kind());
        notices.markFailed(notice.id(), "no renderer for " + notice.kind());
        return;
      }
      List<Outbox.Message> messages = renderer.get().render(notice.teamId(), notice.payload());
      if (notices.expand(notice, messages, wallClock.instant()) && !messages.isEmpty()) {
        expanded.run();
      }
    } catch (RuntimeException e) {
      if (notice.attempts() + 1 >= OutboxWorker.MAX_ATTEMPTS) {
        log.warn("Notice {} ({}) failed after {} attempts", notice.id(), notice.kind(), OutboxWorker.MAX_ATTEMPTS, e);
        notices.markFailed(notice.id(), String.valueOf(e.getMessage()));
      } else {
        log.warn("Notice {} ({}) could not be expanded, will try again: {}", notice.id(), notice.kind(),
            e.getMessage());
        Duration wait = backoffUnit.multipliedBy(1L << Math.min(notice.attempts(), 6));
        notices.retryLater(notice.id(), wallClock.instant().plus(wait), String.valueOf(e.getMessage()));
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    threads.shutdown();
    if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
      threads.shutdownNow();
    }
  }
}
