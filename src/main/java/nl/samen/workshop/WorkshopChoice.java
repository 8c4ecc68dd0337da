package nl.samen.workshop;

import java.time.Instant;

/** One member's choice in one round: a seat in a workshop or a place on its waitlist. */
record WorkshopChoice(
    long workshopId, String userId, boolean seated, String chosenBy, Instant chosenAt) {}
