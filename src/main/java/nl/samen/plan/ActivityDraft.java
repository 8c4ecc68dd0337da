package nl.samen.plan;

import java.time.LocalDate;
import java.util.Optional;

/** What a coordinator typed for a new activity, before it is checked and numbered. */
public record ActivityDraft(
    int goalNumber, String title, Optional<LocalDate> due, Optional<Long> meetingId, Optional<String> owner) {}
