package nl.samen.playground;

import static nl.samen.playground.Workspace.ANOUK;
import static nl.samen.playground.Workspace.BRAM;
import static nl.samen.playground.Workspace.FATIMA;
import static nl.samen.playground.Workspace.HANNAH;
import static nl.samen.playground.Workspace.JEROEN;
import static nl.samen.playground.Workspace.LOTTE;

import java.util.List;

/**
 * What the playground's network has already done when a visitor arrives: real {@code /samen}
 * commands, typed in {@code #netwerk-ib} by these people, in this order. {@code {day+N}} is the first
 * weekday at least N days from today; {@code {@handle}} is a mention of that person. A line Samen
 * refuses (say, a command of a feature this build lacks) is logged and skipped.
 */
public final class Seed {
  /** One command as one person types it, without the leading {@code /samen}. */
  public record Line(Person who, String command) {}

  private Seed() {}

  public static final List<Line> LINES = List.of(
      // The network and its members' schools.
      new Line(ANOUK, "setup \"IB-netwerk Midden-Holland\" required"),
      new Line(ANOUK, "school \"" + ANOUK.school() + "\""),
      new Line(BRAM, "school \"" + BRAM.school() + "\""),
      new Line(FATIMA, "school \"" + FATIMA.school() + "\""),
      new Line(JEROEN, "school \"" + JEROEN.school() + "\""),
      new Line(LOTTE, "school \"" + LOTTE.school() + "\""),
      new Line(HANNAH, "school \"" + HANNAH.school() + "\""),

      // Meetings #1 to #3; #2 is the network day.
      new Line(ANOUK, "meeting new \"Netwerkbijeenkomst: leesmotivatie\" {day+9} 15:30-17:00 at \"OBS De Klimop, Gouda\""),
      new Line(ANOUK, "meeting new \"Netwerkdag IB: samen sterk in passend onderwijs\" {day+23} 09:00-15:30"
          + " at \"Het Klooster, Woerden\" networkday"),
      new Line(ANOUK, "meeting new \"Intervisie in kleine groepen\" {day+44} 14:00-16:00 at \"CBS De Regenboog, Waddinxveen\""),

      // Answers; Hannah has not answered #1 yet, so she is the one a nudge would reach.
      new Line(ANOUK, "rsvp 1 yes"),
      new Line(BRAM, "rsvp 1 yes"),
      new Line(FATIMA, "rsvp 1 yes"),
      new Line(JEROEN, "rsvp 1 maybe"),
      new Line(LOTTE, "rsvp 1 no \"Studiedag op school\""),
      new Line(ANOUK, "rsvp 2 yes"),
      new Line(BRAM, "rsvp 2 yes"),
      new Line(FATIMA, "rsvp 2 maybe"),
      new Line(HANNAH, "rsvp 2 yes"),

      // Agenda (needs the agenda feature).
      new Line(ANOUK, "agenda 1 add \"Opening en mededelingen\" 10m plenary"),
      new Line(ANOUK, "agenda 1 add \"Leesmotivatie: wat werkt bij ons?\" 45m subgroups {@fatima}"),
      new Line(BRAM, "agenda 1 propose \"Ervaringen met het nieuwe OPP-format\""),
      new Line(ANOUK, "agenda 1 add \"Rondvraag en afsluiting\" 10m"),
      new Line(ANOUK, "agenda 1 post"),

      // Workshops of the network day (needs the workshop feature).
      new Line(ANOUK, "workshop 2 add \"Executieve functies in de klas\" capacity 8 round 1 host {@jeroen} room \"Lokaal 3\""),
      new Line(ANOUK, "workshop 2 add \"Het lastige oudergesprek\" capacity 6 round 1 host {@lotte} room \"Aula\""),
      new Line(ANOUK, "workshop 2 add \"Meer- en hoogbegaafdheid\" capacity 8 round 2 host {@hannah} room \"Lokaal 3\""),
      new Line(ANOUK, "workshop 2 add \"Rekenproblemen vroeg signaleren\" capacity 8 round 2 host {@bram} room \"Aula\""),
      new Line(BRAM, "workshop 2 choose 1"),
      new Line(FATIMA, "workshop 2 choose 2"),
      new Line(HANNAH, "workshop 2 choose 1"),
      // Round 1 went first come, first served; round 2 goes by ranked choices, assigned at the close.
      new Line(ANOUK, "workshop 2 ranking open round 2"),
      new Line(BRAM, "workshop 2 rank 2 4 3"),
      new Line(FATIMA, "workshop 2 rank 2 3 4"),

      // The year's plan (needs the plan feature).
      new Line(ANOUK, "plan goal add \"Elke school werkt met een actueel leesplan\""),
      new Line(ANOUK, "plan goal add \"IB'ers ondersteunen elkaar bij lastige casussen\""),
      new Line(ANOUK, "plan activity add 1 \"Aanpakken voor leesmotivatie delen\" due {day+9} meeting 1 owner {@fatima}"),
      new Line(ANOUK, "plan activity add 2 \"Intervisie volgens de incidentmethode\" meeting 3 owner {@anouk}"),
      new Line(FATIMA, "plan progress 1 40% \"Drie scholen hebben hun leesplan gedeeld\""),
      new Line(ANOUK, "plan budget set 2500"),
      new Line(ANOUK, "plan budget spend 350 \"Zaalhuur netwerkdag\""),

      // Focus themes (needs the focus feature).
      new Line(ANOUK, "focus add \"Begrijpend lezen\""),
      new Line(FATIMA, "focus add \"Begrijpend lezen\""),
      new Line(BRAM, "focus add \"Rekenen\""),
      new Line(HANNAH, "focus add \"Hoogbegaafdheid\""));
}
