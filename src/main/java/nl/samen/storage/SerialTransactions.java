package nl.samen.storage;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * PostgreSQL's answer to SQLite's {@code BEGIN IMMEDIATE}: a transaction first takes one lock
 * that every Samen transaction takes (a transaction-level advisory lock, shared by all instances),
 * so a read-then-write (the last free seat, the next agenda number) sees no other transaction
 * write in between. At READ COMMITTED each later statement reads what the previous holder
 * committed. Serializable transactions would let writers overlap, but on a hot row (the last
 * seats of a network day) they abort one another over and over; waiting in line does not.
 * Single statements outside a transaction do not wait: they are atomic by themselves. That is how
 * the hot paths across instances claim (outbox messages, a channel's turn, seen events): one
 * conditional statement each, so instances never queue behind this lock to send.
 */
final class SerialTransactions extends DelegatingTransactionHandler {
  /** The lock's key: any number, the same in every instance ("SAMEN" in ASCII). */
  static final long LOCK = 0x53414d454eL;

  private SerialTransactions(TransactionHandler delegate) {
    super(delegate);
  }

  static TransactionHandler handler() {
    return new SerialTransactions(LocalTransactionHandler.binding());
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
    boolean outermost = !handle.isInTransaction();
    return getDelegate().inTransaction(handle, h -> {
      if (outermost) {
        h.createQuery("select 1 from (select pg_advisory_xact_lock(:lock)) as taken")
            .bind("lock", LOCK).mapTo(Integer.class).one();
      }
      return callback.withHandle(h);
    });
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
      HandleCallback<R, X> callback) throws X {
    return getDelegate().inTransaction(handle, level, callback);
  }

  @Override
  public TransactionHandler specialize(Handle handle) throws SQLException {
    return new SerialTransactions(getDelegate().specialize(handle));
  }
}
