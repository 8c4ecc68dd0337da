package nl.samen.rsvp;

import java.time.Instant;
import java.util.Optional;

/** One person's current answer to one meeting; {@code answeredBy} differs when a coordinator answered. */
public record Rsvp(
    long meetingId,
    String userId,
    Answer answer,
    Optional<String> reason,
    String answeredBy,
    Instant answeredAt) {}
