package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.Rsvp;
import nl.samen.rsvp.RsvpService;
import nl.samen.slack.outbox.Outbox;
import nl.samen.storage.TimeColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that are due, once each. The database is the truth: every call derives the
 * rounds (rule × meeting version) from the meetings and rules, skips those already handled, claims
 * each message in the same transaction that puts it in the outbox, and says when to look again.
 * Safe to call from several threads or processes at once: the claims decide who sends.
 */
public final class ReminderService {
  private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
  /** Rounds of meetings that started this long ago are still logged as dropped if never handled. */
  static final Duration LOOK_BACK = Duration.ofDays(7);
  /** Beyond the longest lead a rule can have (60 days before a deadline up to some weeks ahead). */
  static final Duration LOOK_AHEAD = Duration.ofDays(120);
  /** When recipients could not be found (Slack did not answer), the round is tried again after this. */
  static final Duration RETRY = Duration.ofMinutes(1);
  private static final int MESSAGES_PER_TRANSACTION = 100;

  private final ReminderRepository repository;
  private final ReminderRuleRepository rules;
  private final NetworkService networks;
  private final RsvpService rsvps;
  private final MemberDirectory members;
  private final ReminderMessages messages;
  private final Outbox outbox;
  private final Clock clock;

  ReminderService(ReminderRepository repository, ReminderRuleRepository rules, NetworkService networks,
      RsvpService rsvps, MemberDirectory members, ReminderMessages messages, Outbox outbox, Clock clock) {
    this.repository = repository;
    this.rules = rules;
    this.networks = networks;
    this.rsvps = rsvps;
    this.members = members;
    this.messages = messages;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What one call did, and when the next round falls due (empty when none is planned). */
  public record Sent(int messages, int dropped, Optional<Instant> nextDue) {}

  public Sent sendDueReminders(Instant now) {
    withdrawStale(now);
    List<Round> rounds = rounds(now);
    Map<Round.Key, String> handled =
        repository.handledRounds(rounds.stream().map(r -> r.meeting().id()).distinct().toList());
    Map<Long, Set<String>> muted = new HashMap<>();
    List<ReminderRepository.Prepared> batch = new ArrayList<>();
    int batchSize = 0;
    int sent = 0;
    int dropped = 0;
    Instant next = null;
    for (Round round : rounds) {
      if (round.pastWhenPlanned() || handled.containsKey(round.key())) {
        continue;
      }
      if (round.dueAt().isAfter(now)) {
        next = earliest(next, round.dueAt());
        continue;
      }
      if (!now.isBefore(round.usefulUntil())) {
        log.warn("Reminder '{}' for meeting #{} was due at {} but is dropped: too late at {}",
            round.rule().text(), round.meeting().id(), round.dueAt(), now);
        repository.recordDropped(round, now);
        dropped++;
        continue;
      }
      try {
        Set<String> mutedHere = muted.computeIfAbsent(round.network().id(), rules::muted);
        ReminderRepository.Prepared prepared = new ReminderRepository.Prepared(round, deliveries(round, mutedHere));
        batch.add(prepared);
        batchSize += prepared.deliveries().size();
      } catch (RuntimeException e) {
        log.warn("Reminder '{}' for meeting #{} could not be prepared, trying again soon: {}",
            round.rule().text(), round.meeting().id(), e.getMessage());
        next = earliest(next, now.plus(RETRY));
        continue;
      }
      if (batchSize >= MESSAGES_PER_TRANSACTION) {
        sent += flush(batch, now);
        batch.clear();
        batchSize = 0;
      }
    }
    sent += flush(batch, now);
    return new Sent(sent, dropped, Optional.ofNullable(next));
  }

  private int flush(List<ReminderRepository.Prepared> batch, Instant now) {
    if (batch.isEmpty()) {
      return 0;
    }
    int enqueued = repository.claimAndEnqueue(batch, outbox, now);
    outbox.wake();
    return enqueued;
  }

  /** Every round of the meetings around now, with the rules of their networks. */
  List<Round> rounds(Instant now) {
    List<ReminderRepository.PlannedMeeting> planned =
        repository.scheduledMeetings(now.minus(LOOK_BACK), now.plus(LOOK_AHEAD));
    if (planned.isEmpty()) {
      return List.of();
    }
    Map<Long, Network> byId = networks.all().stream()
        .collect(Collectors.toMap(Network::id, Function.identity()));
    Map<Long, List<ReminderRuleRepository.ActiveRule>> own = rules.ownRules();
    List<Round> rounds = new ArrayList<>();
    for (ReminderRepository.PlannedMeeting p : planned) {
      Network network = byId.get(p.meeting().networkId());
      for (ReminderRuleRepository.ActiveRule active : own.getOrDefault(network.id(), ReminderRuleRepository.defaults())) {
        rounds.add(Round.of(p.meeting(), network, active, p.plannedAt()));
      }
    }
    return rounds;
  }

  /** Who gets this round's reminder, each with their message; muted people get no DMs. */
  private List<Delivery> deliveries(Round round, Set<String> muted) {
    return switch (round.rule().kind()) {
      case CHANNEL -> List.of(messages.channelPost(round));
      case DM -> rsvps.interestedPeople(round.meeting()).stream()
          .filter(user -> !muted.contains(user))
          .map(user -> messages.directMessage(round, user))
          .toList();
      case NUDGE -> {
        Set<String> answered = new HashSet<>(rsvps.answers(round.meeting()).stream().map(Rsvp::userId).toList());
        yield members.humanMembers(round.network().teamId(), round.network().channelId()).stream()
            .filter(user -> !answered.contains(user) && !muted.contains(user))
            .distinct()
            .map(user -> messages.directMessage(round, user))
            .toList();
      }
    };
  }

  /**
   * Takes back reminders still waiting in the outbox for a meeting that was moved (they name the
   * old time), cancelled, or has started (too late to help).
   */
  int withdrawStale(Instant now) {
    int withdrawn = 0;
    for (ReminderRepository.Waiting waiting : repository.waitingButStale(now)) {
      if (outbox.withdraw(waiting.outboxId())) {
        repository.markWithdrawn(waiting);
        withdrawn++;
      }
    }
    if (withdrawn > 0) {
      log.info("{} waiting reminder(s) withdrawn: their meeting moved, was cancelled or started", withdrawn);
    }
    return withdrawn;
  }

  /** A meeting (or a new version of it, after a move) is planned now: reminders past already are skipped. */
  void meetingPlanned(Meeting meeting) {
    repository.arm(meeting, clock.instant());
  }

  /** Rules of a network, its own or the defaults. */
  public List<ReminderRule> rulesOf(Network network) {
    return rules.rules(network.id()).stream().map(ReminderRuleRepository.ActiveRule::rule).toList();
  }

  /** Whether new rules were set: only the network's coordinators may set them. */
  enum RulesChange { SET, NOT_COORDINATOR }

  RulesChange setRules(Network network, String actor, List<ReminderRule> chosen) {
    if (!networks.isCoordinator(network, actor)) {
      return RulesChange.NOT_COORDINATOR;
    }
    rules.replaceRules(network.teamId(), network.id(), chosen, actor, clock.instant());
    return RulesChange.SET;
  }

  /** Mutes or unmutes a person's reminder and nudge DMs in a network; says whether it changed. */
  boolean setMuted(Network network, String userId, boolean muted) {
    return rules.setMuted(network.teamId(), network.id(), userId, muted, clock.instant());
  }

  boolean isMuted(Network network, String userId) {
    return rules.mutedSince(network.id(), userId).isPresent();
  }

  /** Where each rule stands for one meeting: when it goes out and whether it did. */
  public record Planned(ReminderRule rule, Instant dueAt, Status status, int recipients) {}

  public enum Status {
    PLANNED,
    SENT,
    DROPPED,
    SKIPPED,
    DUE
  }

  List<Planned> schedule(Network network, Meeting meeting) {
    Instant plannedAt = repository.plannedAt(meeting).orElse(clock.instant());
    Map<String, ReminderRepository.HandledRound> handled = repository.handledRounds(meeting);
    Map<String, ReminderRepository.HandledRound> earlier = repository.handledEarlier(meeting);
    Instant now = clock.instant();
    List<Planned> planned = new ArrayList<>();
    for (ReminderRuleRepository.ActiveRule active : rules.rules(network.id())) {
      Round round = Round.of(meeting, network, active, plannedAt);
      ReminderRepository.HandledRound done = handled.getOrDefault(active.rule().text(),
          round.pastWhenPlanned() ? earlier.get(active.rule().text() + "@" + TimeColumns.instant(round.dueAt())) : null);
      Status status = done != null ? Status.valueOf(done.status().toUpperCase(java.util.Locale.ROOT))
          : round.pastWhenPlanned() ? Status.SKIPPED
          : round.dueAt().isAfter(now) ? Status.PLANNED
          : now.isBefore(round.usefulUntil()) ? Status.DUE : Status.DROPPED;
      planned.add(new Planned(active.rule(), round.dueAt(), status, done == null ? 0 : done.recipients()));
    }
    return planned;
  }

  List<ReminderRepository.Failure> failures(Network network, Duration within) {
    return repository.failures(network.id(), clock.instant().minus(within));
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
