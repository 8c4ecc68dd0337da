package nl.samen.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samen.agenda.MeetingOutcomes;
import nl.samen.meeting.Meeting;
import nl.samen.focus.FocusThemes;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;
import nl.samen.plan.PlanService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.Attendance;
import nl.samen.rsvp.RsvpService;

/** Gathers a network's annual report from the plan, the meetings held, attendance and focus themes. */
public final class ReportService {
  private final PlanService plans;
  private final MeetingService meetings;
  private final RsvpService rsvps;
  private final NetworkService networks;
  private final FocusThemes focus;
  private final MeetingOutcomes outcomes;
  private final Clock clock;
  private final MeetingScores scores;

  public ReportService(PlanService plans, MeetingService meetings, RsvpService rsvps,
      NetworkService networks, FocusThemes focus, Clock clock) {
    this(plans, meetings, rsvps, networks, focus, MeetingOutcomes.NONE, MeetingScores.NONE, clock);
  }

  /**
   * @param outcomes the decisions and action items of each meeting held (the agenda's)
   * @param scores the evaluation score of a held meeting, where enough people answered
   */
  public ReportService(PlanService plans, MeetingService meetings, RsvpService rsvps,
      NetworkService networks, FocusThemes focus, MeetingOutcomes outcomes, MeetingScores scores, Clock clock) {
    this.outcomes = outcomes;
    this.scores = scores;
    this.plans = plans;
    this.meetings = meetings;
    this.rsvps = rsvps;
    this.networks = networks;
    this.focus = focus;
    this.clock = clock;
  }

  /**
   * The report of one school year as it stands now.
   *
   * @param channelMembers the network channel's human members, who count as its members
   */
  public AnnualReport build(Network network, SchoolYear year, String coordinator, Collection<String> channelMembers) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<Held> held = held(network, year, now);
    Set<String> people = new LinkedHashSet<>(networks.coordinators(network));
    people.addAll(channelMembers);
    held.forEach(h -> people.addAll(h.presence().keySet()));
    Map<String, String> schools = networks.schools(network.teamId(), people);
    List<HeldMeeting> meetingsHeld = held.stream().map(h -> new HeldMeeting(h.meeting(),
            h.presence().entrySet().stream().map(e -> new HeldMeeting.Presence(e.getKey(),
                Optional.ofNullable(schools.get(e.getKey())), e.getValue())).toList(),
            h.fromAnswers(), outcomes.decisions(h.meeting()), outcomes.actions(h.meeting()),
            scores.score(network.teamId(), h.meeting().id())))
        .toList();
    return new AnnualReport(network.name(), year, network.zone(), now, coordinator, plans.plan(network, year),
        meetingsHeld, perSchool(people, schools, meetingsHeld), people.size(),
        focus.themes(network.teamId(), year, new LinkedHashSet<>(schools.values())).stream()
            .map(t -> new AnnualReport.FocusTheme(t.theme(), t.schools())).toList());
  }

  private record Held(Meeting meeting, Map<String, Boolean> presence, boolean fromAnswers) {}

  /** Scheduled meetings of the year that have started by now; cancelled ones were not held. */
  private List<Held> held(Network network, SchoolYear year, Instant now) {
    Instant from = year.firstDay().atStartOfDay(network.zone()).toInstant();
    Instant end = year.lastDay().plusDays(1).atStartOfDay(network.zone()).toInstant();
    List<Held> held = new ArrayList<>();
    for (Meeting meeting : meetings.between(network.id(), from, end.isBefore(now) ? end : now)) {
      if (meeting.cancelled() || !meeting.startsAt().isBefore(now)) {
        continue;
      }
      Map<String, Boolean> presence = new LinkedHashMap<>();
      List<Attendance> recorded = rsvps.attendance(meeting);
      recorded.forEach(a -> presence.put(a.userId(), a.present()));
      if (recorded.isEmpty()) {
        rsvps.answers(meeting).stream().filter(r -> r.answer() == Answer.YES)
            .forEach(r -> presence.put(r.userId(), true));
      }
      held.add(new Held(meeting, presence, recorded.isEmpty()));
    }
    return held;
  }

  /** One row per school (by name), people without a known school last. */
  private static List<SchoolAttendance> perSchool(Set<String> people, Map<String, String> schools,
      List<HeldMeeting> held) {
    Map<Optional<String>, Integer> members = new LinkedHashMap<>();
    people.stream().map(p -> Optional.ofNullable(schools.get(p)))
        .sorted(Comparator.comparing((Optional<String> s) -> s.isEmpty()).thenComparing(s -> s.orElse("")))
        .forEach(s -> members.merge(s, 1, Integer::sum));
    return members.entrySet().stream().map(e -> new SchoolAttendance(e.getKey(), e.getValue(),
            held.stream().map(m -> m.presentFrom(e.getKey())).toList()))
        .toList();
  }
}
