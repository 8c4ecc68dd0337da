package nl.samen.focus;

import java.util.List;
import java.util.Optional;

/**
 * What {@code focus} shows: the year's themes with the schools on them, and for the caller the
 * other schools that share their school's themes, with the people of those schools.
 */
record FocusOverview(
    String schoolYear, Optional<String> mySchool, List<ThemeGroup> themes, List<Shared> shared) {

  /** One theme as it was first written, with the schools that have it. */
  public record ThemeGroup(String key, String name, List<String> schools) {}

  /** Another school on one of the caller's themes, and who to talk to there. */
  public record Shared(String theme, String school, List<String> people) {}
}
