package nl.samen.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * PostgreSQL's answer to SQLite's {@code BEGIN IMMEDIATE}: every transaction runs SERIALIZABLE, so
 * a read-then-write (the last free seat, the next agenda number) sees no other writer in between,
 * and one that loses a race is run again by Jdbi's runner. Single statements outside a transaction
 * stay at the server's default; they are atomic by themselves.
 */
final class SerializableTransactions extends DelegatingTransactionHandler {
  static final int RETRIES = 10;

  private SerializableTransactions(TransactionHandler delegate) {
    super(delegate);
  }

  /** The handler to give Jdbi: retries on serialization failures around serializable transactions. */
  static TransactionHandler handler() {
    return new SerializableTransactionRunner(new SerializableTransactions(LocalTransactionHandler.binding()));
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
    boolean outermost = !handle.isInTransaction();
    return getDelegate().inTransaction(handle, h -> {
      if (outermost) {
        h.execute("set transaction isolation level serializable");
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
  public TransactionHandler specialize(Handle handle) throws java.sql.SQLException {
    return new SerializableTransactions(getDelegate().specialize(handle));
  }
}
