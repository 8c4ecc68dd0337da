package nl.samen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samen.export.Spreadsheet;
import nl.samen.slack.Formats;
import nl.samen.slack.Texts;

/**
 * How useful the meetings were, by the members' anonymous evaluation: the score per held meeting
 * (only where at least three answered) and the year's trend, in the report and as a sheet of its own.
 */
final class EvaluationSection {
  /** A change of the score by less than this, first to last meeting, reads as steady. */
  private static final double STEADY = 0.25;

  private EvaluationSection() {}

  static void write(AnnualReport report, Locale locale, ReportDocument doc) {
    doc.heading(2, Texts.get(locale, "report.evaluation.heading"));
    List<MeetingScores.Score> scored = report.meetings().stream().flatMap(m -> m.score().stream()).toList();
    if (scored.isEmpty()) {
      doc.paragraph(Texts.get(locale, "report.evaluation.none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (HeldMeeting held : report.meetings()) {
      rows.add(List.of("#" + held.meeting().id(), Formats.date(held.meeting().date(), locale), held.meeting().title(),
          held.score().map(s -> average(s.average(), locale)).orElse("–"),
          held.score().map(s -> Integer.toString(s.answers())).orElse(Texts.get(locale, "report.evaluation.tooFew"))));
    }
    doc.table(List.of(Texts.get(locale, "report.col.number"), Texts.get(locale, "report.col.date"),
        Texts.get(locale, "report.col.meeting"), Texts.get(locale, "report.col.score"),
        Texts.get(locale, "report.col.answers")), rows);
    doc.paragraph(trend(scored, locale));
  }

  /** The scores in the order of the meetings, their mean, and whether they rose or fell over the year. */
  static String trend(List<MeetingScores.Score> scored, Locale locale) {
    List<String> steps = scored.stream().map(s -> average(s.average(), locale)).toList();
    double mean = scored.stream().mapToDouble(MeetingScores.Score::average).average().orElse(0);
    double change = scored.get(scored.size() - 1).average() - scored.get(0).average();
    String direction = scored.size() < 2 || Math.abs(change) < STEADY ? "steady" : change > 0 ? "rising" : "falling";
    return Texts.get(locale, "report.evaluation.trend", String.join(" → ", steps), average(mean, locale),
        scored.size(), Texts.get(locale, "report.evaluation." + direction));
  }

  /** The sheet beside attendance: one row per held meeting, the score empty below three answers. */
  static Spreadsheet.Sheet sheet(AnnualReport report, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (HeldMeeting held : report.meetings()) {
      List<Object> row = new ArrayList<>(List.of(held.meeting().id(), held.meeting().date().toString(),
          held.meeting().title()));
      row.add(held.score().<Object>map(s -> Math.round(s.average() * 10) / 10.0).orElse(""));
      row.add(held.score().<Object>map(MeetingScores.Score::answers).orElse(Texts.get(locale, "report.evaluation.tooFew")));
      rows.add(row);
    }
    return new Spreadsheet.Sheet(Texts.get(locale, "report.evaluation.sheet"),
        List.of(Texts.get(locale, "report.evaluation.sheetHeader").split(";")), rows);
  }

  private static String average(double average, Locale locale) {
    return String.format(Texts.supported(locale), "%.1f", average);
  }
}
