package nl.samen.playground;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Types the {@link Seed} lines into Samen, one by one, through the real signed slash command. A line
 * Samen refuses or does not know does not stop the others: it is logged and reported as skipped.
 */
final class Seeder {
  private static final Logger log = LoggerFactory.getLogger(Seeder.class);
  private static final Pattern DAY = Pattern.compile("\\{day\\+(\\d+)}");
  private static final Pattern MENTION = Pattern.compile("\\{@([a-z]+)}");

  private final PersonActions actions;

  Seeder(PersonActions actions) {
    this.actions = actions;
  }

  /** Sends every line; returns the ones Samen did not do, with its answer. */
  List<String> seed(List<Seed.Line> lines, LocalDate today) {
    List<String> skipped = new ArrayList<>();
    for (Seed.Line line : lines) {
      String command = expand(line.command(), today);
      SlackSender.Answer answer = actions.command(line.who(), Workspace.CHANNEL, command, false);
      Optional<String> refusal = refusal(answer);
      if (refusal.isPresent()) {
        log.info("Seed line not done: {} typed \"/samen {}\"; Samen answered: {}", line.who().name(), command,
            refusal.get());
        skipped.add(line.who().handle() + ": /samen " + command + " → " + refusal.get());
      }
    }
    if (skipped.isEmpty()) {
      log.info("Playground seeded: all {} lines done", lines.size());
    } else {
      log.warn("Playground seeded: {} of {} lines done; the others are listed above", lines.size() - skipped.size(),
          lines.size());
    }
    return skipped;
  }

  /** Samen answers every refused or unknown command with a warning (see the command router). */
  private static Optional<String> refusal(SlackSender.Answer answer) {
    if (answer.status() != 200) {
      return Optional.of("HTTP " + answer.status());
    }
    String text = answer.body().isBlank() ? ""
        : Optional.ofNullable(Json.string(HttpBodies.json(answer.body()), "text")).orElse("");
    return text.startsWith(":warning:") ? Optional.of(text.lines().findFirst().orElse(text)) : Optional.empty();
  }

  static String expand(String command, LocalDate today) {
    Matcher days = DAY.matcher(command);
    StringBuilder out = new StringBuilder();
    while (days.find()) {
      days.appendReplacement(out, weekdayFrom(today.plusDays(Long.parseLong(days.group(1)))).toString());
    }
    days.appendTail(out);
    Matcher mentions = MENTION.matcher(out.toString());
    StringBuilder done = new StringBuilder();
    while (mentions.find()) {
      String handle = mentions.group(1);
      Person person = Workspace.PEOPLE.stream().filter(p -> p.handle().equals(handle)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No one in the workspace is called @" + handle));
      mentions.appendReplacement(done, Matcher.quoteReplacement(person.mention()));
    }
    mentions.appendTail(done);
    return done.toString();
  }

  private static LocalDate weekdayFrom(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
