package nl.samen.playground;

import static nl.samen.playground.Workspace.ANOUK;
import static nl.samen.playground.Workspace.BRAM;
import static nl.samen.playground.Workspace.FATIMA;
import static nl.samen.playground.Workspace.JEROEN;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.ClockTimer;
import nl.samen.testing.MutableClock;

/**
 * A meeting the network held two weeks ago, seeded after the {@link Seed} lines: its agenda, minutes
 * (a note, decisions, posted) and the actions agreed on: one done (tied to plan activity 1), one
 * still open, one overdue. The app's clock is put back to each moment of that history and then
 * forward again to where it stood; {@code {id}} in a line is the past meeting's number.
 */
final class PastMeeting {
  private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

  private final PersonActions actions;
  private final MutableClock clock;
  private final ClockTimer timer;

  PastMeeting(PersonActions actions, MutableClock clock, ClockTimer timer) {
    this.actions = actions;
    this.clock = clock;
    this.timer = timer;
  }

  /** Seeds the history; returns the lines Samen did not do, as {@link Seeder#seed} does. */
  List<String> seed(LocalDate today) {
    Duration offset = clock.offset();
    LocalDate held = weekdayBefore(today.minusDays(14));
    List<String> skipped = new ArrayList<>();
    try {
      at(held.minusDays(7), LocalTime.of(10, 0));
      String answer = actions.command(ANOUK, Workspace.CHANNEL, "meeting new \"Netwerkbijeenkomst: terugblik"
          + " eerste periode\" " + held + " 15:30-17:00 at \"IKC Het Anker, Bodegraven\"", false).body();
      Matcher id = NUMBER.matcher(answer);
      if (!id.find()) {
        return List.of("anouk: the past meeting → " + answer);
      }
      skipped.addAll(lines(held.minusDays(7), id.group(1), List.of(
          new Seed.Line(ANOUK, "agenda {id} add \"Ervaringen met het nieuwe OPP-format\" 20m"),
          new Seed.Line(ANOUK, "agenda {id} add \"Voorbereiding netwerkdag\" 20m"),
          new Seed.Line(ANOUK, "rsvp {id} yes"), new Seed.Line(BRAM, "rsvp {id} yes"),
          new Seed.Line(FATIMA, "rsvp {id} yes"), new Seed.Line(JEROEN, "rsvp {id} yes"))));
      at(held, LocalTime.of(16, 45));
      skipped.addAll(lines(held, id.group(1), List.of(
          new Seed.Line(ANOUK, "minutes {id} note 1 \"Vier scholen werken al met het format; de handelingsdelen verschillen sterk.\""),
          new Seed.Line(ANOUK, "minutes {id} decision 1 \"Vanaf januari gebruiken alle scholen hetzelfde OPP-format.\""),
          new Seed.Line(ANOUK, "minutes {id} decision 2 \"De netwerkdag krijgt twee workshoprondes.\""),
          new Seed.Line(ANOUK, "action add {id} 1 \"Leesplannen van alle scholen verzamelen\" owner {@fatima}"
              + " due {day+5} activity 1"),
          new Seed.Line(ANOUK, "action add {id} 1 \"Voorbeeld-OPP rondsturen\" owner {@jeroen} due {day+7}"),
          new Seed.Line(ANOUK, "action add {id} 2 \"Zaal en lunch netwerkdag bevestigen\" owner {@anouk} due {day+21}"),
          new Seed.Line(ANOUK, "minutes {id} post"))));
      at(held.plusDays(3), LocalTime.of(11, 0));
      skipped.addAll(lines(held, id.group(1), List.of(
          new Seed.Line(FATIMA, "action 1 done \"Alle zes leesplannen staan in de gedeelde map\""))));
    } finally {
      clock.set(Clock.systemUTC().instant().plus(offset)); // back where it stood, running on
      timer.settle(); // what fell due in the meantime (the overdue action's reminder) is done now
    }
    return skipped;
  }

  private List<String> lines(LocalDate today, String id, List<Seed.Line> lines) {
    return new Seeder(actions).seed(lines.stream()
        .map(l -> new Seed.Line(l.who(), l.command().replace("{id}", id))).toList(), today);
  }

  private void at(LocalDate day, LocalTime time) {
    clock.set(day.atTime(time).atZone(Playground.ZONE).toInstant());
  }

  private static LocalDate weekdayBefore(LocalDate date) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }
}
