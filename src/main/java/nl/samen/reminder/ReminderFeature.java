package nl.samen.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import nl.samen.event.SamenEvent;
import nl.samen.feature.Feature;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkService;
import nl.samen.privacy.PersonalData;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.Timer;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.People;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import nl.samen.slack.outbox.OutboxLedger;
import org.jdbi.v3.core.Jdbi;

/**
 * Automatic reminders: rules per network, the {@code reminders} command, and timed work that the
 * app's timer wakes at the next due moment. At start, and after every change of meetings or rules, the job runs
 * at once: it catches up what fell due while the app was down and sets its next wake-up.
 */
public final class ReminderFeature implements Feature {
  private final ReminderService service;
  private final ReminderCommands commands;
  private final ReminderRearm rearm;
  private final ChannelMembers members;
  private final WakeUp wakeUp;
  private final PersonalData personalData;
  private final EvaluationRule evaluation;

  /**
   * @param agenda what a reminder shows of a meeting's agenda (the agenda feature's text)
   * @param meters where the reminder job counts what it sent, dropped and failed
   */
  public ReminderFeature(Jdbi jdbi, Clock clock, Timer timer, Outbox outbox, People people,
      NetworkService networks, MeetingService meetings, MeetingCatalog catalog, RsvpService rsvps,
      MeetingLookup lookup, AgendaSummary agenda, MeterRegistry meters) {
    this.members = new ChannelMembers(people::humanMembers, clock);
    OutboxLedger ledger = new OutboxLedger(jdbi);
    this.service = new ReminderService(new ReminderRepository(jdbi, catalog, ledger), new ReminderRuleRepository(jdbi),
        networks, rsvps, members, new SlackReminderMessages(people, agenda), outbox, clock);
    this.wakeUp = timer.register("reminders", new ReminderJob(service, clock, meters));
    this.rearm = new ReminderRearm(service, meetings, clock, wakeUp::now);
    this.personalData = new ReminderPersonalData(jdbi);
    this.evaluation = new EvaluationRule(jdbi);
    this.commands = new ReminderCommands(service, networks, meetings, lookup, wakeUp::now,
        new UndeliveredRepository(jdbi, ledger), clock, evaluation);
  }

  public void meetingsScheduled(SamenEvent.MeetingsScheduled scheduled) {
    rearm.scheduled(scheduled);
  }

  /** Moved, or given its own deadline. */
  public void meetingMoved(String teamId, long meetingId) {
    rearm.moved(teamId, meetingId);
  }

  public void meetingCancelled() {
    rearm.cancelled();
  }

  /** Whether the network's rules ask members to rate a meeting after it ends (on unless switched off). */
  public boolean evaluationOn(long networkId) {
    return evaluation.on(networkId);
  }

  /** A new member is asked of Slack afresh, so that they get the nudges still to come. */
  public void channelChanged(String channelId) {
    members.changed(channelId);
  }

  /** Reminders sent to a person, for privacy export and forget. */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  /** Rebuilds from the database: catches up and sets the next wake-up (on the timer's thread). */
  @Override
  public void start() {
    wakeUp.now();
  }
}
