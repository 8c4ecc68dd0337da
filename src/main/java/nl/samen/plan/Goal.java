package nl.samen.plan;

import java.time.Instant;
import nl.samen.network.SchoolYear;

/** A goal (doel) of a network's annual plan; its number is unique in the network. */
public record Goal(
    long id,
    String teamId,
    long networkId,
    int number,
    SchoolYear year,
    String title,
    String createdBy,
    Instant createdAt) {}
