package nl.samen.reminder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.event.EventBus;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingCatalog;
import nl.samen.meeting.MeetingDraft;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Answer;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.outbox.Outbox;
import nl.samen.slack.outbox.OutboxLedger;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;

/**
 * The real reminder service and repositories on a fresh SQLite file with the real migrations, a
 * clock the test moves, a channel roster the test sets, and messages that say plainly what they are
 * (the outbox table is what the test reads).
 */
final class ReminderFixture implements AutoCloseable {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final String CHANNEL = "C0NET";
  static final String COORDINATOR = "U0COORD";

  final MutableClock clock;
  final Database database;
  final NetworkService networks;
  final MeetingService meetings;
  final RsvpService rsvps;
  final Outbox outbox;
  final Map<String, List<String>> roster = new ConcurrentHashMap<>();
  final AtomicInteger rosterLookups = new AtomicInteger();
  final ChannelMembers members;
  final ReminderService service;
  final Network network;
  private final Path directory;

  ReminderFixture(String now) throws Exception {
    this(now, Files.createTempDirectory("samen-reminders"));
  }

  private ReminderFixture(String now, Path directory) {
    this.directory = directory;
    this.clock = MutableClock.at(now);
    this.database = Database.open(directory.resolve("samen.db"));
    this.networks = new NetworkService(new NetworkRepository(database.jdbi()), clock, AMSTERDAM);
    EventBus events = new EventBus();
    this.meetings = new MeetingService(new MeetingRepository(database.jdbi()), networks, clock, events);
    this.rsvps = new RsvpService(new RsvpRepository(database.jdbi()), networks, clock);
    this.outbox = new Outbox(database.jdbi(), clock);
    this.members = new ChannelMembers((team, channel) -> {
      rosterLookups.incrementAndGet();
      return roster.getOrDefault(channel, List.of());
    }, clock);
    this.service = newService();
    ReminderRearm rearm = new ReminderRearm(service, meetings, clock, () -> {});
    events.on(SamenEvent.MeetingsScheduled.class, rearm::scheduled)
        .on(SamenEvent.MeetingMoved.class, e -> rearm.moved(e.teamId(), e.meetingId()))
        .on(SamenEvent.DeadlineChanged.class, e -> rearm.moved(e.teamId(), e.meetingId()))
        .on(SamenEvent.MeetingCancelled.class, e -> rearm.cancelled());
    this.network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T0", CHANNEL, COORDINATOR,
        "IB-netwerk", false)).network();
    roster.put(CHANNEL, List.of(COORDINATOR));
  }

  /** A second service on the same database, as another process or the app after a restart has. */
  ReminderService newService() {
    return new ReminderService(new ReminderRepository(database.jdbi(), new MeetingCatalog(database.jdbi()),
        new OutboxLedger(database.jdbi())),
        new ReminderRuleRepository(database.jdbi()),
        networks,
        rsvps, members, new PlainMessages(), outbox, clock);
  }

  /** Messages that read like {@code channel #3 7d channel} or {@code nudge #3 nudge 1d U0X}. */
  static final class PlainMessages implements ReminderMessages {
    @Override
    public Delivery channelPost(Round round) {
      return new Delivery(round.network().channelId(), "reminder #" + round.meeting().id() + " "
          + round.rule().text() + " " + round.meeting().date(), null);
    }

    @Override
    public Delivery directMessage(Round round, String userId) {
      return new Delivery(userId, "reminder #" + round.meeting().id() + " " + round.rule().text()
          + " " + round.meeting().date(), null);
    }
  }

  void members(String... users) {
    roster.put(CHANNEL, List.of(users));
  }

  Meeting schedule(String date, String time) {
    var result = meetings.scheduleMeetings(network, COORDINATOR, new MeetingDraft("Netwerkoverleg",
        Meeting.Kind.MEETING, LocalDate.parse(date), LocalTime.parse(time), Optional.empty(),
        Optional.of("Stichtingskantoor"), Optional.empty()));
    return ((MeetingService.Scheduled.Done) result).meetings().get(0);
  }

  Meeting current(Meeting meeting) {
    return meetings.meeting(meeting.teamId(), meeting.id()).orElseThrow();
  }

  void answer(Meeting meeting, String user, Answer answer) {
    rsvps.recordAnswer(network, meeting, COORDINATOR, user, answer, Optional.of("-"));
  }

  void rules(String... rules) {
    service.setRules(network, COORDINATOR, java.util.Arrays.stream(rules).map(ReminderRule::fromText).toList());
  }

  void at(String instant) {
    clock.set(Instant.parse(instant));
  }

  ReminderService.Sent send() {
    return service.sendDueReminders(clock.instant());
  }

  /** A message in the outbox: to whom, what, and its state. */
  record Queued(long id, String to, String text, String status) {}

  List<Queued> outbox() {
    return database.jdbi().withHandle(h -> h.createQuery("select id, channel_id, text, status from outbox order by id")
        .map((rs, ctx) -> new Queued(rs.getLong("id"), rs.getString("channel_id"), rs.getString("text"),
            rs.getString("status")))
        .list());
  }

  /** Recipient and text of each queued message, e.g. {@code C0NET: reminder #1 7d channel 2026-12-07}. */
  List<String> sent() {
    List<String> lines = new ArrayList<>();
    outbox().forEach(q -> lines.add(q.to() + ": " + q.text()));
    return lines;
  }

  /** As if the outbox worker delivered everything queued so far. */
  void delivered() {
    database.jdbi().useHandle(h -> h.execute("update outbox set status = 'sent' where status = 'pending'"));
  }

  @Override
  public void close() {
    database.close();
  }
}
