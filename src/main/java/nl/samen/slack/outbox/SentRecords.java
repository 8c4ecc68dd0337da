package nl.samen.slack.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records messages Slack accepted. Senders take turns writing whatever has been sent meanwhile in
 * one transaction, so that many senders do not queue up for SQLite's single writer one by one. If
 * the write fails, the messages wait for the next try: until written they are 'sending', which is
 * never sent again (a crash leaves them unknown).
 */
final class SentRecords {
  private static final Logger log = LoggerFactory.getLogger(SentRecords.class);

  private final OutboxRepository repository;
  private final Queue<OutboxRepository.Sent> unrecorded = new ConcurrentLinkedQueue<>();
  private final ReentrantLock recording = new ReentrantLock();

  SentRecords(OutboxRepository repository) {
    this.repository = repository;
  }

  void add(OutboxRepository.Sent sent) {
    unrecorded.add(sent);
    flush();
  }

  boolean waiting() {
    return !unrecorded.isEmpty();
  }

  /** Writes what is not recorded yet, unless another thread is at it. */
  void flush() {
    while (!unrecorded.isEmpty() && recording.tryLock()) {
      List<OutboxRepository.Sent> batch = new ArrayList<>();
      try {
        for (OutboxRepository.Sent next; (next = unrecorded.poll()) != null; ) {
          batch.add(next);
        }
        if (!batch.isEmpty()) {
          repository.markSent(batch);
        }
      } catch (RuntimeException e) {
        unrecorded.addAll(batch);
        log.warn("Recording {} sent message(s) failed, trying again shortly: {}", batch.size(), e.getMessage());
        return;
      } finally {
        recording.unlock();
      }
    }
  }
}
