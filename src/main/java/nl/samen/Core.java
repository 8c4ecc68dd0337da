package nl.samen;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import nl.samen.config.Settings;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingNotices;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalDataRegistry;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.slack.People;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.outbox.Outbox;
import nl.samen.storage.Database;

/**
 * What every feature may use: settings, the app's clock, the database, Slack, the outbox, the
 * timer, a background executor, the foundation's services (networks, meetings, answers), the
 * registry of personal data (for privacy export and forget) and the user-data change signal.
 */
public record Core(
    Settings settings,
    Clock clock,
    Database database,
    SlackGateway slack,
    People people,
    Outbox outbox,
    ExecutorService background,
    Timer timer,
    NetworkService networks,
    MeetingService meetings,
    RsvpService rsvps,
    MeetingLookup lookup,
    MeetingNotices notices,
    PersonalDataRegistry personalData,
    UserDataChanges changes) {}
