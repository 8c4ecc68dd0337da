package nl.samen.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.network.NetworkRepository;
import nl.samen.schedule.ReminderJob;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.Subcommand;

/**
 * Automatic reminders: rules per network, the {@code reminders} command, and a Quartz job that
 * wakes at the next due moment. At start, and after every change of meetings or rules, the job runs
 * at once: it catches up what fell due while the app was down and sets its next wake-up.
 */
public final class ReminderFeature implements Feature {
  private final ReminderService service;
  private final ReminderCommands commands;
  private final WakeUp wakeUp;
  private final Core core;

  public ReminderFeature(Core core) {
    this(core, AgendaSummary.NONE);
  }

  /** @param agenda what a reminder shows of a meeting's agenda (the agenda feature's seam) */
  public ReminderFeature(Core core, AgendaSummary agenda) {
    this.core = core;
    ChannelMembers members = new ChannelMembers(core.people()::humanMembers, core.clock());
    this.service = new ReminderService(new ReminderRepository(core.database().jdbi()),
        new ReminderRuleRepository(core.database().jdbi()),
        new NetworkRepository(core.database().jdbi()), core.rsvps(), members,
        new SlackReminderMessages(core.people(), agenda), core.outbox(), core.clock());
    this.wakeUp = new WakeUp(core.scheduling(), "reminders", ReminderJob.class, core.clock());
    core.scheduling().registerJob(ReminderJob.class, () -> new ReminderJob(service, core.clock(), wakeUp));
    core.meetings().addListener(new ReminderRearm(service, core.clock(), wakeUp::now));
    core.personalData().register(new ReminderPersonalData(core.database().jdbi()));
    this.commands = new ReminderCommands(service, core.networks(), core.meetings(), core.lookup(), wakeUp::now,
        new UndeliveredRepository(core.database().jdbi()), core.clock());
    // A new member is asked of Slack afresh, so that they get the nudges still to come.
    core.people().onMembershipChange((teamId, channelId, userId) -> members.changed(channelId));
  }

  @Override
  public List<Subcommand> subcommands() {
    return commands.subcommands();
  }

  /** Rebuilds from the database: catches up and sets the next wake-up (on Quartz's thread). */
  @Override
  public void start() {
    wakeUp.now();
  }

  /** The app's clock jumped forward: send what fell due and re-arm the wake-up. */
  @Override
  public void timeMoved() {
    wakeUp.now();
  }

  /** When the next reminder goes out after {@code now}, if any is planned. */
  public Optional<Instant> nextReminderAfter(Instant now) {
    return service.nextDue(now);
  }

  /**
   * Sends what is due by the app's clock now, on the caller's thread: for tests and benchmarks that
   * move the clock instead of waiting. Quartz's own run may race it; the claims keep it once.
   */
  public ReminderService.Sent sendDueNow() {
    return service.sendDueReminders(core.clock().instant());
  }
}
