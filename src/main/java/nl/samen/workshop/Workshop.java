package nl.samen.workshop;

import java.util.Optional;

/** A workshop in one round of a network day; {@code number} is how members name it in commands. */
public record Workshop(
    long id,
    String teamId,
    long meetingId,
    int number,
    int round,
    String title,
    int capacity,
    Optional<String> host,
    Optional<String> room) {}
