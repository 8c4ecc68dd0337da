package nl.samen;

import java.util.List;
import nl.samen.agenda.AgendaFeature;
import nl.samen.calendar.CalendarFeature;
import nl.samen.focus.FocusFeature;
import nl.samen.home.HomeFeature;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.MeetingFeature;
import nl.samen.network.NetworkFeature;
import nl.samen.privacy.PrivacyFeature;
import nl.samen.reminder.ReminderFeature;
import nl.samen.report.ReportFeature;
import nl.samen.rsvp.RsvpFeature;

/**
 * Every feature of Samen, and where one shows another's work: the agenda in meeting details,
 * reminders and calendars; workshops and the plan on the App Home.
 */
final class Features {
  private Features() {}

  /** The features, in the order their commands appear in the help, with their seams joined. */
  static List<Feature> all(Core core) {
    MyNetworks myNetworks = MyNetworks.of(core);
    HomeFeature home = new HomeFeature(core, myNetworks);
    CalendarFeature calendar = new CalendarFeature(core, myNetworks);
    AgendaFeature agenda = new AgendaFeature(core);
    ReportFeature plan = new ReportFeature(core);
    MeetingFeature meetings = new MeetingFeature(core);
    meetings.addSection(agenda.meetingSection());
    home.addSection(agenda.homeSection());
    home.addSection(plan.homeSection());
    calendar.addAgendaSource(agenda.calendarText());
    return List.of(
        new NetworkFeature(core),
        meetings,
        new RsvpFeature(core),
        new ReminderFeature(core, agenda.reminderText()),
        agenda,
        plan,
        new FocusFeature(core),
        calendar,
        home,
        new PrivacyFeature(core));
  }
}
