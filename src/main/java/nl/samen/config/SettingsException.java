package nl.samen.config;

/** A missing or malformed setting; its message is the one line shown when the start stops. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
