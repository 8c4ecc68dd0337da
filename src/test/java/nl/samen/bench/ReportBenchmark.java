package nl.samen.bench;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.focus.FocusFeature;
import nl.samen.focus.FocusThemes;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingDraft;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;
import nl.samen.plan.ActivityDraft;
import nl.samen.plan.Money;
import nl.samen.plan.PlanService;
import nl.samen.report.AnnualReport;
import nl.samen.report.ReportFiles;
import nl.samen.report.ReportService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.rsvp.RsvpService;
import nl.samen.storage.Database;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;

/**
 * Times the annual report of a large year: 8 meetings held, 40 members in 8 schools, 30 activities
 * and a year of weekly progress, outcomes and spending. Prints timings of the whole {@code plan report}
 * command (acknowledgement to the reply with the link, through the fake Slack) and of building and
 * rendering the report alone. Not a test: timings depend on the machine.
 */
public final class ReportBenchmark {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final SchoolYear YEAR = new SchoolYear(2026);

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    MutableClock clock = MutableClock.at("2026-08-20T08:00:00Z");
    List<String> members = new ArrayList<>(List.of(TestApp.COORDINATOR));
    for (int i = 1; i < 40; i++) {
      members.add("U1%03d".formatted(i));
    }
    try (TestApp app = new TestApp(clock)) {
      List<String> channel = new ArrayList<>(members);
      channel.add(FakeSlackApi.BOT_USER);
      app.slack.channelMembers(TestApp.CHANNEL, channel.toArray(String[]::new));
      app.command(TestApp.COORDINATOR, "setup \"Benchmarknetwerk\"");
      long seeding = System.nanoTime();
      Seeded seeded = seed(app, clock, members);
      System.out.printf("Seeded in %d ms: %s%n", (System.nanoTime() - seeding) / 1_000_000, seeded.summary());
      clock.set(Instant.parse("2027-07-20T08:00:00Z"));

      List<Long> command = new ArrayList<>();
      for (int run = 1; run <= 6; run++) {
        long start = System.nanoTime();
        app.command(TestApp.COORDINATOR, "plan report");
        app.slack.awaitCount("response_url", c -> c.visible().contains("/report/"), run);
        command.add((System.nanoTime() - start) / 1_000_000);
      }
      System.out.printf("plan report, whole command through the fake Slack (ms; first is cold): %s%n", command);

      try (Database db = Database.open(app.database())) {
        ReportService reports = seeded.reports(db, clock);
        Network network = seeded.network();
        List<Long> build = new ArrayList<>();
        List<Long> render = new ArrayList<>();
        AnnualReport report = null;
        ReportFiles files = null;
        for (int run = 0; run < 25; run++) {
          long start = System.nanoTime();
          report = reports.build(network, YEAR, TestApp.COORDINATOR, members);
          long built = System.nanoTime();
          files = ReportFiles.render(report, Function.identity(), Locale.forLanguageTag("nl"));
          build.add((built - start) / 1_000);
          render.add((System.nanoTime() - built) / 1_000);
        }
        System.out.printf("build the report (µs): %s%n", stats(build));
        System.out.printf("render Markdown, XLSX and HTML (µs): %s%n", stats(render));
        System.out.printf("report: %d activities, %d meetings held, %d schools, %d budget lines; "
                + "Markdown %d KB, XLSX %d KB, HTML %d KB%n",
            report.plan().activities().size(), report.meetings().size(), report.schools().size(),
            report.plan().budget().lines().size(), kb(files.markdown()), files.attendance().length / 1024, kb(files.html()));
      }
    }
    // The fake Slack's HTTP server leaves non-daemon threads behind.
    System.exit(0);
  }

  private static int kb(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length / 1024;
  }

  private static String stats(List<Long> micros) {
    long[] sorted = micros.stream().skip(5).mapToLong(Long::longValue).sorted().toArray();
    return "first " + micros.get(0) + ", then min " + sorted[0] + " / median " + sorted[sorted.length / 2]
        + " / max " + sorted[sorted.length - 1] + " over " + sorted.length + " runs";
  }

  private record Seeded(Network network, int events, int answers) {
    String summary() {
      return "40 members, 8 meetings, 30 activities, " + events + " plan changes, " + answers + " answers";
    }

    ReportService reports(Database db, MutableClock clock) {
      var jdbi = db.jdbi();
      NetworkService networks = new NetworkService(new NetworkRepository(jdbi), clock, ZONE);
      MeetingService meetings = new MeetingService(new MeetingRepository(jdbi), networks, clock);
      PlanService plans = PlanService.of(jdbi, networks, meetings, clock);
      FocusThemes focus = new FocusFeature(jdbi, clock, ZONE, networks).themes();
      return new ReportService(plans, meetings, new RsvpService(new RsvpRepository(jdbi), networks, clock),
          networks, focus, clock);
    }
  }

  /** Fills the year through the services, moving the clock week by week as a real year would. */
  private static Seeded seed(TestApp app, MutableClock clock, List<String> members) throws Exception {
    try (Database db = Database.open(app.database())) {
      var jdbi = db.jdbi();
      NetworkService networks = new NetworkService(new NetworkRepository(jdbi), clock, ZONE);
      MeetingService meetings = new MeetingService(new MeetingRepository(jdbi), networks, clock);
      RsvpService rsvps = new RsvpService(new RsvpRepository(jdbi), networks, clock);
      PlanService plans = PlanService.of(jdbi, networks, meetings, clock);
      Network network = networks.networkOfChannel(FakeSlackApi.TEAM, TestApp.CHANNEL).orElseThrow();
      for (int i = 0; i < members.size(); i++) {
        networks.recordSchool(FakeSlackApi.TEAM, members.get(i), "School " + (char) ('A' + i % 8));
      }
      List<Meeting> held = new ArrayList<>();
      for (int m = 0; m < 8; m++) {
        var draft = new MeetingDraft("Bijeenkomst " + (m + 1), Meeting.Kind.MEETING,
            LocalDate.of(2026, 9, 10).plusWeeks(5L * m), LocalTime.of(9, 0), Optional.of(LocalTime.of(12, 0)),
            Optional.empty(), Optional.empty());
        held.add(((MeetingService.Scheduled.Done) meetings.scheduleMeetings(network, TestApp.COORDINATOR, draft))
            .meetings().get(0));
      }
      int answers = 0;
      for (Meeting meeting : held) {
        for (int i = 0; i < members.size(); i++) {
          Answer answer = Answer.values()[(i + (int) meeting.id()) % 3];
          rsvps.recordAnswer(network, meeting, members.get(i), members.get(i), answer, Optional.empty());
          answers++;
        }
      }
      plans.setBudget(network, TestApp.COORDINATOR, YEAR, new Money(1_500_000));
      for (int g = 1; g <= 6; g++) {
        plans.addGoal(network, TestApp.COORDINATOR, YEAR, "Doel " + g + ": samen sterker in de zorgroute");
        for (int a = 0; a < 5; a++) {
          plans.addActivity(network, TestApp.COORDINATOR, new ActivityDraft(g, "Activiteit met een redelijk lange naam "
              + a, Optional.of(LocalDate.of(2027, 6, 1)), Optional.of(held.get(a).id()),
              Optional.of(members.get((g * 5 + a) % 40))));
        }
      }
      int events = 0;
      for (int week = 0; week < 48; week++) {
        clock.set(Instant.parse("2026-09-01T10:00:00Z").plus(Duration.ofDays(7L * week)));
        for (int k = 0; k < 6; k++) {
          int activity = 1 + (week * 6 + k) % 30;
          plans.recordProgress(network, TestApp.COORDINATOR, activity, Math.min(95, 2 * week + k),
              Optional.of("Week " + week + ": besproken in de werkgroep, volgende stap afgesproken met de scholen."));
          events++;
        }
        if (week % 3 == 0) {
          plans.recordSpending(network, TestApp.COORDINATOR, YEAR, new Money(12_345 + week), "Uitgave week " + week);
        }
        for (Meeting meeting : held) {
          if (meeting.id() % 2 == 0 && clock.instant().isAfter(meeting.startsAt())
              && clock.instant().minus(Duration.ofDays(7)).isBefore(meeting.startsAt())) {
            rsvps.recordAttendance(network, meeting, TestApp.COORDINATOR, Map.of(members.get(5), false));
          }
        }
      }
      for (int a = 1; a <= 30; a++) {
        plans.recordOutcome(network, TestApp.COORDINATOR, a, "Opbrengst van activiteit " + a + " in de scholen");
        if (a % 2 == 0) {
          plans.markDone(network, TestApp.COORDINATOR, a, Optional.of("Afgerond"));
        }
        events += a % 2 == 0 ? 2 : 1;
      }
      try (var sql = DriverManager.getConnection("jdbc:sqlite:" + app.database());
          var insert = sql.prepareStatement("""
              insert into focus_theme (team_id, school, school_year, theme, theme_key, added_by, added_at)
              values (?, ?, '2026-2027', ?, ?, 'U0COORD', '2026-09-01T00:00:00Z')""")) {
        for (char s = 'A'; s < 'I'; s++) {
          for (String theme : Arrays.asList("Rekenen", "Burgerschap", "Lezen", "Gedrag")) {
            if ((s + theme.length()) % 3 != 0) {
              insert.setString(1, FakeSlackApi.TEAM);
              insert.setString(2, "School " + s);
              insert.setString(3, theme);
              insert.setString(4, theme.toLowerCase(Locale.ROOT));
              insert.executeUpdate();
            }
          }
        }
      }
      return new Seeded(network, events, answers);
    }
  }
}
