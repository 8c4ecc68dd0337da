package nl.samen.storage;

/**
 * The database would not take Samen's connection (wrong host, database, user or password); the message
 * is one line naming the settings, which the composition root shows as a setting's error.
 */
public final class DatabaseRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatabaseRefused(String message) {
    super(message);
  }
}
