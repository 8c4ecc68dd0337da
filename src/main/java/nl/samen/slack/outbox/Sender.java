package nl.samen.slack.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.samen.slack.SlackCallFailed;
import nl.samen.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message and records what came of it. Only a failure that proves the message did not
 * arrive (no connection, a 429) is tried again; one Slack may have received is never sent again.
 */
final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);

  private final OutboxRepository repository;
  private final SlackGateway slack;
  private final SentRecords sent;
  private final Clock wallClock;
  private final Duration backoffUnit;

  Sender(OutboxRepository repository, SlackGateway slack, SentRecords sent, Clock wallClock, Duration backoffUnit) {
    this.repository = repository;
    this.slack = slack;
    this.sent = sent;
    this.wallClock = wallClock;
    this.backoffUnit = backoffUnit;
  }

  /**
   * Sends, records the outcome, and says how long the channel must stay quiet now: a pace after a
   * message went out (or may have), Slack's Retry-After after a 429, nothing after a failed try
   * (its retry waits for its own backoff).
   */
  Duration deliver(OutgoingMessage message) {
    Optional<String> ts = Optional.empty();
    try {
      if (message.method() == OutgoingMessage.Method.POST) {
        ts = Optional.of(slack.forTeam(message.teamId()).postMessage(message.channelId(), message.text(), message.blocks()));
      } else {
        Optional<OutboxRepository.PostedMessage> posted =
            repository.posted(message.teamId(), message.ref().orElseThrow());
        if (posted.isEmpty()) {
          retryOrFail(message, "the message to update is not posted yet", Duration.ofSeconds(1), true);
          return Duration.ZERO;
        }
        slack.forTeam(message.teamId()).updateMessage(posted.get().channelId(), posted.get().ts(), message.text(), message.blocks());
      }
    } catch (SlackCallFailed e) {
      return failed(message, e.delivery(), e.getMessage(), e.retryAfter());
    } catch (RuntimeException e) {
      // Something broke between sending and reading Slack's answer: it may have arrived.
      return failed(message, SlackCallFailed.Delivery.UNKNOWN, String.valueOf(e), Optional.empty());
    }
    // Slack has it: from here on nothing may send it again, even if recording fails.
    sent.add(new OutboxRepository.Sent(message, ts, wallClock.instant()));
    return OutboxWorker.CHANNEL_PACE;
  }

  private Duration failed(OutgoingMessage message, SlackCallFailed.Delivery delivery, String error,
      Optional<Duration> retryAfter) {
    switch (delivery) {
      case REFUSED -> {
        log.warn("Message {} to {} refused by Slack: {}", message.id(), message.channelId(), error);
        repository.markFailed(message.id(), error);
        return Duration.ZERO;
      }
      case UNKNOWN -> {
        if (message.method() == OutgoingMessage.Method.POST) {
          log.warn("Message {} to {} may or may not have reached Slack ({}); not sent again",
              message.id(), message.channelId(), error);
          repository.markUnknown(message.id(), error);
          return OutboxWorker.CHANNEL_PACE;
        }
        // An update sets the same text again: doing it twice does no harm, so it is retried.
        retryOrFail(message, error, backoff(message.attempts() + 1), true);
        return Duration.ZERO;
      }
      default -> {
        boolean rateLimited = retryAfter.isPresent();
        Duration wait = retryAfter.orElse(backoff(message.attempts() + 1));
        retryOrFail(message, error, wait, !rateLimited);
        return rateLimited ? wait : Duration.ZERO;
      }
    }
  }

  private void retryOrFail(OutgoingMessage message, String error, Duration wait, boolean countsAsAttempt) {
    if (countsAsAttempt && message.attempts() + 1 >= OutboxWorker.MAX_ATTEMPTS) {
      log.warn("Message {} to {} failed after {} attempts: {}", message.id(), message.channelId(),
          OutboxWorker.MAX_ATTEMPTS, error);
      repository.markFailed(message.id(), error);
    } else {
      repository.retryLater(message.id(), wallClock.instant().plus(wait), error, countsAsAttempt);
    }
  }

  /** 1, 2, 4, … units, at most 60. */
  Duration backoff(int attempt) {
    return backoffUnit.multipliedBy(Math.min(60, 1L << Math.min(attempt - 1, 6)));
  }
}
