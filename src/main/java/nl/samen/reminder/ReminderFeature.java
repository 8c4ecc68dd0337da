package nl.samen.reminder;

import java.util.List;
import nl.samen.Core;
import nl.samen.Feature;
import nl.samen.network.NetworkRepository;
import nl.samen.schedule.WakeUp;
import nl.samen.slack.Subcommand;

/**
 * Automatic reminders: rules per network, the {@code reminders} command, and timed work that the
 * app's timer wakes at the next due moment. At start, and after every change of meetings or rules, the job runs
 * at once: it catches up what fell due while the app was down and sets its next wake-up.
 */
public final class ReminderFeature implements Feature {
  private final ReminderService service;
  private final ReminderCommands commands;
  private final WakeUp wakeUp;

  public ReminderFeature(Core core) {
    this(core, AgendaSummary.NONE);
  }

  /** @param agenda what a reminder shows of a meeting's agenda (the agenda feature's seam) */
  public ReminderFeature(Core core, AgendaSummary agenda) {
    ChannelMembers members = new ChannelMembers(core.people()::humanMembers, core.clock());
    this.service = new ReminderService(new ReminderRepository(core.database().jdbi()),
        new ReminderRuleRepository(core.database().jdbi()),
        new NetworkRepository(core.database().jdbi()), core.rsvps(), members,
        new SlackReminderMessages(core.people(), agenda), core.outbox(), core.clock());
    this.wakeUp = core.timer().register("reminders", new ReminderJob(service, core.clock()));
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

  /** Rebuilds from the database: catches up and sets the next wake-up (on the timer's thread). */
  @Override
  public void start() {
    wakeUp.now();
  }
}
