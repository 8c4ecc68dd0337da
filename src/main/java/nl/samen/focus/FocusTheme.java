package nl.samen.focus;

import java.time.Instant;

/** One focus theme (speerpunt) of one school in one school year, as a member added it. */
public record FocusTheme(
    long id,
    String teamId,
    String school,
    String schoolYear,
    String theme,
    String themeKey,
    String addedBy,
    Instant addedAt) {}
