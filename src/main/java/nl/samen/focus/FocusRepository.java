package nl.samen.focus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Focus themes and the schools of members, in SQLite. */
final class FocusRepository {
  private final Jdbi jdbi;

  public FocusRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Whether a theme was added, or which theme of the school it turned out to be already. */
  record Saved(FocusTheme theme, boolean added) {}

  /**
   * Files the theme under the key of a matching theme of that year (any school's, so that schools
   * find each other) and adds it unless the school has it already; one transaction, so that two
   * colleagues adding "Rekenen" at once cannot both add it.
   */
  Saved add(FocusTheme draft) {
    return jdbi.inTransaction(h -> {
      List<FocusTheme> year = themes(h, draft.teamId(), draft.schoolYear());
      String key = ThemeKey.resolve(draft.themeKey(), year.stream().map(FocusTheme::themeKey).toList());
      String school = ThemeKey.fold(draft.school());
      Optional<FocusTheme> existing = year.stream()
          .filter(t -> t.themeKey().equals(key) && ThemeKey.fold(t.school()).equals(school))
          .findFirst();
      if (existing.isPresent()) {
        return new Saved(existing.get(), false);
      }
      long id = h.createUpdate("""
              insert into focus_theme (team_id, school, school_year, theme, theme_key, added_by, added_at)
              values (:teamId, :school, :schoolYear, :theme, :key, :addedBy, :addedAt)
              """)
          .bindMethods(draft)
          .bind("key", key)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      return new Saved(new FocusTheme(id, draft.teamId(), draft.school(), draft.schoolYear(),
          draft.theme(), key, draft.addedBy(), draft.addedAt()), true);
    });
  }

  void delete(long id) {
    jdbi.useHandle(h -> h.createUpdate("delete from focus_theme where id = :id").bind("id", id).execute());
  }

  /** Every theme of a school year in the workspace, oldest first. */
  List<FocusTheme> themes(String teamId, String schoolYear) {
    return jdbi.withHandle(h -> themes(h, teamId, schoolYear));
  }

  private static List<FocusTheme> themes(Handle h, String teamId, String schoolYear) {
    return h.createQuery("""
            select * from focus_theme where team_id = :team and school_year = :year
            order by added_at, id
            """)
        .bind("team", teamId)
        .bind("year", schoolYear)
        .map((rs, ctx) -> theme(rs))
        .list();
  }

  List<FocusTheme> addedBy(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select * from focus_theme where team_id = :team and added_by = :user
            order by added_at, id
            """)
        .bind("team", teamId)
        .bind("user", userId)
        .map((rs, ctx) -> theme(rs))
        .list());
  }

  void deleteAddedBy(String teamId, String userId) {
    jdbi.useHandle(h -> h.createUpdate("delete from focus_theme where team_id = :team and added_by = :user")
        .bind("team", teamId)
        .bind("user", userId)
        .execute());
  }

  private static FocusTheme theme(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new FocusTheme(rs.getLong("id"), rs.getString("team_id"), rs.getString("school"),
        rs.getString("school_year"), rs.getString("theme"), rs.getString("theme_key"),
        rs.getString("added_by"), Instant.parse(rs.getString("added_at")));
  }
}
