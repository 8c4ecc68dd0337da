package nl.samen.focus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Jdbi;

/**
 * The schools' focus themes (speerpunten) of a school year, for the annual report: themes with the
 * same {@code theme_key} are one theme. The focus feature's API to others.
 */
public final class FocusThemes {
  /** One theme and the schools (of those asked about) that have it. */
  public record Shared(String theme, List<String> schools) {}

  private final Jdbi jdbi;

  FocusThemes(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Shared> themes(String teamId, SchoolYear year, Collection<String> schools) {
    if (schools.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> bySchool = new LinkedHashMap<>();
    jdbi.useHandle(h -> h.createQuery("""
            select theme_key, theme, school from focus_theme
            where team_id = :team and school_year = :year and school in (<schools>)
            order by theme_key, school
            """)
        .bind("team", teamId).bind("year", year.name()).bindList("schools", List.copyOf(schools))
        .map((rs, ctx) -> new String[] {rs.getString("theme_key"), rs.getString("theme"), rs.getString("school")})
        .forEach(row -> {
          names.putIfAbsent(row[0], row[1]);
          List<String> list = bySchool.computeIfAbsent(row[0], k -> new ArrayList<>());
          if (!list.contains(row[2])) {
            list.add(row[2]);
          }
        }));
    return names.entrySet().stream()
        .map(e -> new Shared(e.getValue(), bySchool.get(e.getKey())))
        .toList();
  }
}
