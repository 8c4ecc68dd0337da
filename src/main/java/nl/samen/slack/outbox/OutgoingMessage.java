package nl.samen.slack.outbox;

import java.util.Optional;

/**
 * A message waiting in the outbox. {@code ref} names a message that later changes update in place
 * (for example {@code meeting:12:agenda}); an update finds the posted message by it.
 */
record OutgoingMessage(
    long id,
    String teamId,
    String channelId,
    Method method,
    Optional<String> ref,
    String text,
    String blocks,
    int attempts) {

  enum Method {
    POST,
    UPDATE
  }
}
