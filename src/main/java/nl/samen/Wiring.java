package nl.samen;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import nl.samen.agenda.AgendaFeature;
import nl.samen.calendar.CalendarFeature;
import nl.samen.config.Settings;
import nl.samen.evaluation.EvaluationFeature;
import nl.samen.event.EventBus;
import nl.samen.event.SamenEvent.AnswerRecorded;
import nl.samen.event.SamenEvent.DeadlineChanged;
import nl.samen.event.SamenEvent.MeetingCancelled;
import nl.samen.event.SamenEvent.MeetingMoved;
import nl.samen.event.SamenEvent.MeetingsScheduled;
import nl.samen.event.SamenEvent.MembershipChanged;
import nl.samen.event.SamenEvent.UserDataChanged;
import nl.samen.event.SamenEvent.WorkshopChoicesChanged;
import nl.samen.feature.Feature;
import nl.samen.focus.FocusFeature;
import nl.samen.home.HomeFeature;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.meeting.MeetingCreators;
import nl.samen.meeting.MeetingFeature;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkFeature;
import nl.samen.network.NetworkMembers;
import nl.samen.network.NetworkService;
import nl.samen.plan.ActionActivities;
import nl.samen.plan.PlanFeature;
import nl.samen.plan.PlanService;
import nl.samen.privacy.PersonalData;
import nl.samen.privacy.PrivacyFeature;
import nl.samen.reminder.ReminderFeature;
import nl.samen.report.ReportFeature;
import nl.samen.rsvp.RsvpFeature;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.slack.People;
import nl.samen.slack.RecentEvents;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.outbox.Outbox;
import nl.samen.workshop.WorkshopFeature;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds every feature with plain constructors, and says in one place who listens to which event.
 * The foundation's services (networks, meetings, answers) come first: every feature builds on them.
 */
final class Wiring {
  private Wiring() {}

  /** What the start made ready before the features: settings, time, storage, Slack, threads. */
  record Base(Settings settings, Clock clock, Jdbi jdbi, SlackGateway slack, People people, Outbox outbox,
      ExecutorService background, Timer timer, EventBus events, MeterRegistry meters) {}

  /** The features, in the order their commands appear in the help. */
  static List<Feature> features(Base b) {
    Clock clock = b.clock();
    Jdbi jdbi = b.jdbi();
    NetworkService networks = NetworkService.of(jdbi, clock, b.settings().defaultZone());
    // One cache of channel members for the walls between networks, the App Home and calendars.
    NetworkMembers members = new NetworkMembers(networks, b.people()::humanMembers, clock);
    MeetingService meetings = MeetingService.of(jdbi, b.outbox(), networks, clock, b.events());
    MeetingCatalog catalog = new MeetingCatalog(jdbi);
    RsvpService rsvps = RsvpService.of(jdbi, networks, clock, b.events());
    MeetingLookup lookup = new MeetingLookup(meetings, networks, members);
    MyNetworks myNetworks = new MyNetworks(networks, members);

    var network = new NetworkFeature(jdbi, networks, members, b.people(), b.outbox(), new MeetingCreators(jdbi));
    var rsvp = new RsvpFeature(jdbi, clock, rsvps, networks, catalog, lookup, b.people(), b.slack());
    var workshop = new WorkshopFeature(jdbi, b.outbox(), clock, b.events(), networks, meetings, rsvps, lookup,
        b.people(), b.slack(), b.timer());
    PlanService plans = PlanService.of(jdbi, networks, meetings, clock);
    var agenda = new AgendaFeature(jdbi, b.outbox(), clock, b.timer(), networks, meetings, lookup,
        workshop.service(), b.people(), new ActionActivities(plans, b.people().defaultLocale()), b.events(),
        b.slack());
    var meeting = new MeetingFeature(meetings, networks, rsvp.meetingAnswers(), lookup, b.people(), b.slack(),
        b.outbox(), List.of(agenda.meetingSection()));
    var focus = new FocusFeature(jdbi, clock, b.settings().defaultZone(), networks);
    var reminder = new ReminderFeature(jdbi, clock, b.timer(), b.outbox(), b.people(), networks, meetings,
        catalog, rsvps, lookup, agenda.reminderText(), b.meters());
    var evaluation = new EvaluationFeature(jdbi, clock, b.timer(), b.outbox(), networks, meetings, catalog, rsvps,
        lookup, b.people(), b.slack(), reminder::evaluationOn);
    var report = new ReportFeature(jdbi, clock, plans, networks, meetings, rsvps, focus.themes(), lookup,
        b.people(), b.slack(), b.settings().publicUrl(), agenda.outcomes(),
        evaluation.scores());
    var plan = new PlanFeature(jdbi, plans, lookup, b.events(), report::report);
    var calendar = new CalendarFeature(jdbi, clock, b.settings().publicUrl(), myNetworks, meetings, rsvps,
        b.people(), List.of(agenda.calendarText()));
    var home = new HomeFeature(jdbi, myNetworks, networks, meetings, rsvps, clock, b.people(), b.slack(),
        b.background(),
        List.of(agenda.homeSection(), agenda.actionsHomeSection(), plan.homeSection(), evaluation.homeSection()),
        new RecentEvents(jdbi, clock));
    // Privacy exports and forgets each feature's data, in this order.
    List<PersonalData> personalData = new ArrayList<>(List.of(calendar.personalData(), agenda.personalData(),
        agenda.minutesData(), agenda.actionsData(), workshop.personalData(), plan.personalData(),
        report.personalData(), reminder.personalData(), focus.personalData(), network.personalData()));
    personalData.add(evaluation.personalData());
    personalData.add(home.personalData());
    personalData.addAll(rsvp.personalData());
    var privacy = new PrivacyFeature(jdbi, clock, b.events(), b.people(), b.slack(), personalData,
        networks::networksOnlyCoordinatedBy);

    b.events()
        .on(MeetingsScheduled.class, e -> home.networkChanged(e.networkId()), reminder::meetingsScheduled,
            e -> evaluation.meetingsChanged())
        .on(MeetingMoved.class, e -> evaluation.meetingsChanged(), e -> home.networkChanged(e.networkId()),
            e -> agenda.meetingChanged(e.teamId(), e.meetingId()),
            e -> reminder.meetingMoved(e.teamId(), e.meetingId()))
        .on(DeadlineChanged.class, e -> home.networkChanged(e.networkId()),
            e -> agenda.meetingChanged(e.teamId(), e.meetingId()), // the posted agenda names the deadline
            e -> reminder.meetingMoved(e.teamId(), e.meetingId()))
        .on(MeetingCancelled.class, e -> home.networkChanged(e.networkId()),
            e -> agenda.meetingChanged(e.teamId(), e.meetingId()), e -> reminder.meetingCancelled())
        .on(AnswerRecorded.class, home::answerRecorded, workshop::answerRecorded)
        .on(WorkshopChoicesChanged.class, e -> agenda.meetingChanged(e.teamId(), e.meetingId()),
            e -> e.users().forEach(user -> home.userChanged(e.teamId(), user)))
        .on(UserDataChanged.class, e -> home.userChanged(e.teamId(), e.userId()))
        .on(MembershipChanged.class, e -> members.channelChanged(e.channelId()),
            e -> home.userChanged(e.teamId(), e.userId()), e -> reminder.channelChanged(e.channelId()));

    return List.of(network, meeting, rsvp, reminder, agenda, workshop, plan, report, evaluation, focus, calendar,
        home, privacy);
  }
}
