package nl.samen.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * A Web API call that did not succeed: {@code retryable} for rate limits (429), server errors and
 * network trouble, not for Slack's own refusals ({@code "ok": false}) that a retry will not change.
 */
public final class SlackCallFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;
  private final transient Optional<Duration> retryAfter;

  SlackCallFailed(String message, boolean retryable, Optional<Duration> retryAfter, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public boolean retryable() {
    return retryable;
  }

  /** What Slack asked for in a 429's Retry-After header. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
