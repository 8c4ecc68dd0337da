package nl.samen.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * A Web API call that did not succeed: {@code retryable} for rate limits (429), server errors and
 * network trouble, not for Slack's own refusals ({@code "ok": false}) that a retry will not change.
 * {@link #delivery()} says whether Slack may have acted on the request, which decides whether a
 * message may be sent again.
 */
public final class SlackCallFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;
  private final Delivery delivery;
  private final transient Optional<Duration> retryAfter;

  /** What a failed call proves about the request. */
  public enum Delivery {
    /** It did not arrive, or Slack turned it away unprocessed (429, {@code ratelimited}): safe to send again. */
    NOT_SENT,
    /** Slack read it and refused it; sending it again gets the same answer. */
    REFUSED,
    /** It may have been processed (a timeout after sending, a reset, a 5xx): sending again may post twice. */
    UNKNOWN
  }

  SlackCallFailed(String message, Delivery delivery, Optional<Duration> retryAfter, Throwable cause) {
    super(message, cause);
    this.delivery = delivery;
    this.retryable = delivery != Delivery.REFUSED;
    this.retryAfter = retryAfter;
  }

  /** A call for a workspace that has not installed Samen (or has removed it): nothing to retry. */
  public static SlackCallFailed notInstalled(String teamId) {
    return new SlackCallFailed("Samen is not installed in workspace " + teamId, Delivery.REFUSED, Optional.empty(), null);
  }

  public boolean retryable() {
    return retryable;
  }

  public Delivery delivery() {
    return delivery;
  }

  /** What Slack asked for in a 429's Retry-After header. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
