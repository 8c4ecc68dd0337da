package nl.samen.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the schools' focus themes (speerpunten) of a school year from {@code focus_theme}, which the
 * focus feature keeps; themes with the same {@code theme_key} are one theme.
 */
public final class FocusThemes {
  private final Jdbi jdbi;

  public FocusThemes(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<AnnualReport.FocusTheme> themes(String teamId, SchoolYear year, Collection<String> schools) {
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
        .map(e -> new AnnualReport.FocusTheme(e.getValue(), bySchool.get(e.getKey())))
        .toList();
  }
}
