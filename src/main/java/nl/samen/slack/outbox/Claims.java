package nl.samen.slack.outbox;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a worker's claims on outbox messages meet other workers'. Alone on its database (SQLite) a
 * worker's in-memory pace is the truth and every claim left at start is a dead process's; beside
 * other instances (PostgreSQL) the database holds the pace and claims expire ({@link SharedClaims}).
 */
interface Claims {
  /** Who this worker is in the outbox's claimed_by column. */
  String claimant();

  /** At start: claims of a process that died. */
  void recover();

  /** Now and then: claims of an instance that died since. */
  void sweep();

  /**
   * Sends the message if the channel's turn and the message are this worker's; if not, the message
   * waits for a later round. Says how long the channel must stay quiet now.
   */
  Duration deliver(OutgoingMessage message, Supplier<Duration> send);

  /** One process on its database: nobody else claims. */
  static Claims alone(OutboxRepository repository) {
    Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    return new Claims() {
      @Override
      public String claimant() {
        return "single";
      }

      @Override
      public void recover() {
        int interrupted = repository.markInterruptedUnknown();
        if (interrupted > 0) {
          log.warn("{} message(s) were being sent when the app stopped; not sent again, recorded as unknown",
              interrupted);
        }
      }

      @Override
      public void sweep() {}

      @Override
      public Duration deliver(OutgoingMessage message, Supplier<Duration> send) {
        return send.get();
      }
    };
  }
}
