package nl.samen.slack.outbox;

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
   * Just before the send: the channel's turn and the message are this worker's (Slack gets it now),
   * or they are not and the message waits for a later round.
   */
  boolean take(OutgoingMessage message);

  /** One process on its database: nobody else claims. */
  static Claims alone(OutboxRepository repository) {
    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OutboxWorker.class);
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
      public boolean take(OutgoingMessage message) {
        return true;
      }
    };
  }
}
