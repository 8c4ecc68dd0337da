package nl.samen.focus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;

/** Adds and removes a school's focus themes for the current school year and shows who shares them. */
final class FocusService {
  private final FocusRepository repository;
  private final NetworkService networks;
  private final Clock clock;

  public FocusService(FocusRepository repository, NetworkService networks, Clock clock) {
    this.repository = repository;
    this.networks = networks;
    this.clock = clock;
  }

  public sealed interface Change {
    record Added(FocusTheme theme) implements Change {}

    record AlreadyThere(FocusTheme theme) implements Change {}

    record Removed(FocusTheme theme) implements Change {}

    record NotThere() implements Change {}

    record NoSchool() implements Change {}
  }

  /** The school year "now" is in, as the network's zone (or the default zone) sees the date. */
  public SchoolYear currentYear(ZoneId zone) {
    return SchoolYear.of(LocalDate.ofInstant(clock.instant(), zone));
  }

  public Change addTheme(String teamId, String userId, String theme, ZoneId zone) {
    Optional<String> school = networks.schoolOf(teamId, userId);
    if (school.isEmpty()) {
      return new Change.NoSchool();
    }
    FocusTheme draft = new FocusTheme(0, teamId, school.get(), currentYear(zone).name(), theme.strip(),
        ThemeKey.of(theme), userId, clock.instant());
    FocusRepository.Saved saved = repository.add(draft);
    return saved.added() ? new Change.Added(saved.theme()) : new Change.AlreadyThere(saved.theme());
  }

  /** Removes the theme (however it is spelled now) from the caller's school, whoever added it. */
  public Change removeTheme(String teamId, String userId, String theme, ZoneId zone) {
    Optional<String> school = networks.schoolOf(teamId, userId);
    if (school.isEmpty()) {
      return new Change.NoSchool();
    }
    String key = ThemeKey.of(theme);
    Optional<FocusTheme> found = repository.themes(teamId, currentYear(zone).name()).stream()
        .filter(t -> ThemeKey.fold(t.school()).equals(ThemeKey.fold(school.get())))
        .filter(t -> ThemeKey.matches(key, t.themeKey()))
        .findFirst();
    found.ifPresent(t -> repository.delete(t.id()));
    return found.<Change>map(Change.Removed::new).orElseGet(Change.NotThere::new);
  }

  public FocusOverview overview(String teamId, String userId, ZoneId zone) {
    String year = currentYear(zone).name();
    Map<String, String> schoolOf = networks.schoolsOfMembers(teamId);
    Optional<String> mySchool = Optional.ofNullable(schoolOf.get(userId));
    Map<String, List<FocusTheme>> byKey = new LinkedHashMap<>();
    repository.themes(teamId, year).forEach(t -> byKey.computeIfAbsent(t.themeKey(), k -> new ArrayList<>()).add(t));
    List<FocusOverview.ThemeGroup> groups = new ArrayList<>();
    List<FocusOverview.Shared> shared = new ArrayList<>();
    byKey.forEach((key, themes) -> {
      Map<String, String> schools = new LinkedHashMap<>();
      themes.forEach(t -> schools.putIfAbsent(ThemeKey.fold(t.school()), t.school()));
      String name = themes.get(0).theme();
      groups.add(new FocusOverview.ThemeGroup(key, name, List.copyOf(schools.values())));
      String mine = mySchool.map(ThemeKey::fold).orElse(null);
      if (mine != null && schools.containsKey(mine)) {
        schools.forEach((folded, school) -> {
          if (!folded.equals(mine)) {
            shared.add(new FocusOverview.Shared(name, school, peopleOf(schoolOf, folded, userId)));
          }
        });
      }
    });
    return new FocusOverview(year, mySchool, groups, shared);
  }

  private static List<String> peopleOf(Map<String, String> schoolOf, String foldedSchool, String except) {
    return schoolOf.entrySet().stream()
        .filter(e -> ThemeKey.fold(e.getValue()).equals(foldedSchool) && !e.getKey().equals(except))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
