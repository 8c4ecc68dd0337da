package nl.samen.focus;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;

/** The text of {@code focus}: themes with their schools, and who shares the caller's themes. Pure. */
final class FocusViews {
  private FocusViews() {}

  static String overview(FocusOverview overview, Locale locale) {
    StringBuilder text = new StringBuilder(Texts.get(locale, "focus.list.title", overview.schoolYear()));
    if (overview.themes().isEmpty()) {
      text.append("\n").append(Texts.get(locale, "focus.list.empty", overview.schoolYear()));
    }
    for (FocusOverview.ThemeGroup group : overview.themes()) {
      text.append("\n• *").append(Escape.mrkdwn(group.name())).append("* — ").append(schools(group.schools()));
    }
    text.append("\n\n");
    if (overview.mySchool().isEmpty()) {
      return text.append(Texts.get(locale, "focus.shared.noSchool")).toString();
    }
    String mySchool = Escape.mrkdwn(overview.mySchool().get());
    if (overview.shared().isEmpty()) {
      return text.append(Texts.get(locale, "focus.shared.none", mySchool)).toString();
    }
    text.append(Texts.get(locale, "focus.shared.title", mySchool));
    overview.shared().forEach(s -> text.append("\n").append(sharedLine(s, locale)));
    return text.toString();
  }

  /** The reply to an added theme, with the other schools already on it. */
  static String added(FocusTheme theme, FocusOverview overview, Locale locale) {
    String text = Texts.get(locale, "focus.reply.added", Escape.mrkdwn(theme.theme()),
        Escape.mrkdwn(theme.school()), theme.schoolYear());
    List<FocusOverview.Shared> others = overview.shared().stream()
        .filter(s -> overview.themes().stream()
            .anyMatch(g -> g.key().equals(theme.themeKey()) && g.name().equals(s.theme())))
        .toList();
    if (others.isEmpty()) {
      return text;
    }
    return text + "\n" + Texts.get(locale, "focus.reply.alsoOn") + "\n"
        + others.stream().map(s -> sharedLine(s, locale)).collect(Collectors.joining("\n"));
  }

  private static String sharedLine(FocusOverview.Shared shared, Locale locale) {
    String people = shared.people().isEmpty()
        ? Texts.get(locale, "focus.shared.nobodyKnown")
        : Texts.get(locale, "focus.shared.talkTo",
            shared.people().stream().map(u -> "<@" + u + ">").collect(Collectors.joining(", ")));
    return "• *" + Escape.mrkdwn(shared.theme()) + "*: " + Escape.mrkdwn(shared.school()) + " — " + people;
  }

  private static String schools(List<String> schools) {
    return schools.stream().map(Escape::mrkdwn).collect(Collectors.joining(", "));
  }
}
