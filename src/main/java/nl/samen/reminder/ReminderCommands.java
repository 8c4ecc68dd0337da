package nl.samen.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.meeting.MeetingViews;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.Texts;
import nl.samen.slack.command.CommandLine;

/** {@code reminders}, {@code reminders set <rule>, …} and {@code reminders me off|on}. */
final class ReminderCommands {
  static final Duration FAILURES_SHOWN = Duration.ofDays(30);
  private static final int FAILURE_LINES = 10;

  private final ReminderService reminders;
  private final NetworkService networks;
  private final MeetingService meetings;
  private final MeetingLookup lookup;
  private final Runnable rulesChanged;
  private final UndeliveredRepository undelivered;
  private final Clock clock;
  private final EvaluationRule evaluation;

  ReminderCommands(ReminderService reminders, NetworkService networks, MeetingService meetings,
      MeetingLookup lookup, Runnable rulesChanged, UndeliveredRepository undelivered, Clock clock,
      EvaluationRule evaluation) {
    this.evaluation = evaluation;
    this.undelivered = undelivered;
    this.clock = clock;
    this.reminders = reminders;
    this.networks = networks;
    this.meetings = meetings;
    this.lookup = lookup;
    this.rulesChanged = rulesChanged;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("reminder.usage", this::reminders, "reminders", "herinneringen"));
  }

  private Reply reminders(CommandRequest request) {
    CommandLine args = request.args();
    if (args.acceptKeyword("set", "instellen")) {
      return set(request);
    }
    if (args.acceptKeyword("evaluation", "evaluatie")) {
      return evaluation(request);
    }
    if (args.acceptKeyword("me", "mij", "ik")) {
      boolean mute = args.requireKeyword("reminder.what.offOrOn", "off", "on", "uit", "aan") % 2 == 0;
      args.requireEnd();
      return lookup.networkHere(request, network -> {
        reminders.setMuted(network, request.userId(), mute);
        return Reply.text(request.text(mute ? "reminder.reply.muted" : "reminder.reply.unmuted",
            Escape.mrkdwn(network.name())));
      });
    }
    args.requireEnd();
    return lookup.networkHere(request, network -> overview(request, network));
  }

  /** {@code reminders evaluation off|on}: whether members rate a meeting after it ends. */
  private Reply evaluation(CommandRequest request) {
    boolean on = request.args().requireKeyword("reminder.what.offOrOn", "off", "on", "uit", "aan") % 2 == 1;
    request.args().requireEnd();
    return lookup.networkHere(request, network -> {
      if (!networks.isCoordinator(network, request.userId())) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      evaluation.set(network.teamId(), network.id(), on, clock.instant());
      return Reply.text(request.text(on ? "reminder.reply.evaluationOn" : "reminder.reply.evaluationOff"));
    });
  }

  private Reply set(CommandRequest request) {
    CommandLine args = request.args();
    List<String> words = new ArrayList<>();
    while (!args.atEnd()) {
      words.add(args.requireWord("reminder.what.rule"));
    }
    List<ReminderRule> rules = RuleSyntax.parse(String.join(" ", words));
    return lookup.networkHere(request, network -> {
      if (reminders.setRules(network, request.userId(), rules) == ReminderService.RulesChange.NOT_COORDINATOR) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      rulesChanged.run();
      return Reply.text(request.text("reminder.reply.set") + "\n" + describe(rules, request.locale()));
    });
  }

  private Reply overview(CommandRequest request, Network network) {
    Locale locale = request.locale();
    List<ReminderRule> rules = reminders.rulesOf(network);
    StringBuilder text = new StringBuilder(request.text("reminder.overview.title", Escape.mrkdwn(network.name())));
    text.append("\n").append(describe(rules, locale));
    if (rules.equals(ReminderRule.DEFAULTS)) {
      text.append("\n_").append(request.text("reminder.overview.defaults")).append("_");
    }
    text.append("\n• ").append(request.text(evaluation.on(network.id())
        ? "reminder.overview.evaluationOn" : "reminder.overview.evaluationOff"));
    Optional<Meeting> next = meetings.nextMeeting(network);
    if (next.isEmpty()) {
      text.append("\n\n").append(request.text("reminder.overview.noMeeting"));
    } else {
      Meeting meeting = next.get();
      text.append("\n\n").append(request.text("reminder.overview.next", meeting.id(),
          Escape.mrkdwn(meeting.title()), MeetingViews.when(meeting, locale)));
      for (ReminderService.Planned planned : reminders.schedule(network, meeting)) {
        text.append("\n• `").append(planned.rule().text()).append("` — ")
            .append(Formats.instant(planned.dueAt(), meeting.zone(), locale)).append(" — ")
            .append(request.text("reminder.status." + planned.status().name().toLowerCase(Locale.ROOT),
                planned.recipients()));
      }
    }
    if (reminders.isMuted(network, request.userId())) {
      text.append("\n\n_").append(request.text("reminder.overview.muted")).append("_");
    }
    if (networks.isCoordinator(network, request.userId())) {
      text.append(failures(network, locale));
      text.append(UndeliveredLines.of(undelivered.of(network.teamId(), network.id(), network.channelId(),
          clock.instant().minus(FAILURES_SHOWN)), network.zone(), locale));
    }
    return Reply.text(text.toString());
  }

  /** Reminders that did not arrive, for the coordinators: Slack refused them or they came too late. */
  private String failures(Network network, Locale locale) {
    List<ReminderRepository.Failure> failures = reminders.failures(network, FAILURES_SHOWN);
    if (failures.isEmpty()) {
      return "";
    }
    String lines = failures.stream().limit(FAILURE_LINES)
        .map(f -> "• #" + f.meetingId() + " `" + f.rule() + "` "
            + (f.recipient() == null ? "" : (f.recipient().startsWith("U") || f.recipient().startsWith("W")
                ? "<@" + f.recipient() + "> " : "<#" + f.recipient() + "> "))
            + "· " + Formats.instant(f.dueAt(), network.zone(), locale) + " — "
            + ("dropped".equals(f.error()) ? Texts.get(locale, "reminder.failure.dropped")
                : "unknown".equals(f.error()) ? Texts.get(locale, "reminder.failure.unknown")
                : Escape.mrkdwn(f.error())))
        .collect(Collectors.joining("\n"));
    String more = failures.size() > FAILURE_LINES
        ? "\n" + Texts.get(locale, "reminder.failure.more", failures.size() - FAILURE_LINES) : "";
    return "\n\n" + Texts.get(locale, "reminder.failure.title", failures.size()) + "\n" + lines + more;
  }

  static String describe(List<ReminderRule> rules, Locale locale) {
    return rules.stream().map(rule -> "• " + describe(rule, locale)).collect(Collectors.joining("\n"));
  }

  static String describe(ReminderRule rule, Locale locale) {
    String unit = "reminder.unit." + rule.unit().letter() + (rule.amount() == 1 ? ".one" : ".other");
    String lead = Texts.get(locale, unit, rule.amount());
    return Texts.get(locale, "reminder.rule." + rule.kind().name().toLowerCase(Locale.ROOT), lead);
  }
}
