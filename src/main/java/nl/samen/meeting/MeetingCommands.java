package nl.samen.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Reply;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.command.TimeRange;

/** {@code meeting …} and {@code meetings}: parse, call {@link MeetingService}, answer and announce. */
final class MeetingCommands {
  private final MeetingService meetings;
  private final NetworkService networks;
  private final MeetingAnswers rsvps;
  private final MeetingLookup lookup;
  private final SlackGateway slack;
  private final DeadlineCommand deadline;
  private final List<MeetingSection> sections;

  public MeetingCommands(MeetingService meetings, NetworkService networks, MeetingAnswers rsvps,
      MeetingLookup lookup, SlackGateway slack, List<MeetingSection> sections) {
    this.sections = List.copyOf(sections);
    this.meetings = meetings;
    this.networks = networks;
    this.rsvps = rsvps;
    this.lookup = lookup;
    this.slack = slack;
    this.deadline = new DeadlineCommand(meetings, lookup);
  }

  public List<Subcommand> subcommands() {
    return List.of(
        Subcommand.of("meeting.usage.meeting", this::meeting, "meeting", "vergadering"),
        Subcommand.of("meeting.usage.meetings", this::meetings, "meetings", "vergaderingen"));
  }

  private Reply meeting(CommandRequest request) {
    CommandLine args = request.args();
    if (args.acceptKeyword("new", "nieuw")) {
      return args.atEnd() ? openModal(request) : schedule(request);
    }
    long id = args.requireNumber("meeting.what.newOrNumber");
    if (args.acceptKeyword("move", "verplaats", "verplaatsen")) {
      return move(request, id);
    }
    if (args.acceptKeyword("cancel", "annuleer", "annuleren", "afzeggen")) {
      return cancel(request, id);
    }
    if (args.acceptKeyword("deadline", "aanmeldtermijn", "termijn")) {
      return deadline.set(request, id);
    }
    args.requireEnd();
    return details(request, id);
  }

  private Reply openModal(CommandRequest request) {
    return lookup.networkHere(request, network -> {
      if (!meetings.maySchedule(network, request.userId())) {
        return Reply.refused("network.error.coordinatorsOnly");
      }
      slack.forTeam(request.teamId()).openView(request.triggerId(), MeetingModal.view(network, request.locale()));
      return new Reply.Nothing();
    });
  }

  private Reply schedule(CommandRequest request) {
    CommandLine args = request.args();
    String title = args.requireQuoted("meeting.what.title");
    LocalDate date = args.requireDate();
    TimeRange times = args.requireTimeRange();
    Optional<String> place = Optional.empty();
    Meeting.Kind kind = Meeting.Kind.MEETING;
    Optional<MeetingDraft.Repeat> repeat = Optional.empty();
    while (!args.atEnd()) {
      if (place.isEmpty() && args.acceptKeyword("at", "op", "bij", "in", "locatie")) {
        place = Optional.of(args.requireQuoted("meeting.what.place"));
      } else if (args.acceptKeyword("networkday", "netwerkdag")) {
        kind = Meeting.Kind.NETWORKDAY;
      } else if (repeat.isEmpty() && args.acceptKeyword("repeat", "herhaal", "herhalen")) {
        repeat = Optional.of(repeat(args));
      } else {
        args.requireEnd();
      }
    }
    MeetingDraft draft = new MeetingDraft(title, kind, date, times.start(), times.end(), place, repeat);
    return lookup.networkHere(request, network ->
        scheduled(request, meetings.scheduleMeetings(network, request.userId(), draft)));
  }

  /** {@code every <n> weeks until <date>}; "every week" means one. */
  private static MeetingDraft.Repeat repeat(CommandLine args) {
    args.requireKeyword("meeting.what.every", "every", "elke", "iedere");
    long weeks = args.acceptNumber().orElse(1L);
    args.requireKeyword("meeting.what.weeks", "weeks", "week", "weken");
    args.requireKeyword("meeting.what.until", "until", "tot", "t/m");
    LocalDate until = args.requireDate();
    if (weeks < 1 || weeks > 52) {
      throw new BadCommand("meeting.error.repeatWeeks");
    }
    return new MeetingDraft.Repeat((int) weeks, until);
  }

  /** What the coordinator sees after scheduling (the announcement was noticed with the change). */
  Reply scheduled(CommandRequest request, MeetingService.Scheduled result) {
    if (result instanceof MeetingService.Scheduled.Done done) {
      Meeting first = done.meetings().get(0);
      return Reply.text((done.meetings().size() == 1
          ? request.text("meeting.reply.scheduled", first.id(), Escape.mrkdwn(first.title()),
              MeetingViews.when(first, request.locale()))
          : request.text("meeting.reply.scheduledSeries", done.meetings().size(),
              Escape.mrkdwn(first.title()), MeetingViews.when(first, request.locale()),
              Formats.date(done.meetings().get(done.meetings().size() - 1).date(), request.locale())))
          + TimeNotes.twice(done.twice(), request.locale()));
    }
    return Reply.refused(MeetingRefusals.of(result, request.locale()));
  }

  private Reply move(CommandRequest request, long id) {
    CommandLine args = request.args();
    LocalDate date = args.requireDate();
    TimeRange times = args.requireTimeRange();
    args.requireEnd();
    return lookup.meeting(request, id, found -> {
      MeetingService.Changed result = meetings.moveMeeting(found.network(), request.userId(),
          found.meeting(), date, times.start(), times.end());
      if (result instanceof MeetingService.Changed.Moved moved) {
        String lapsed = moved.before().deadline().own().isEmpty() ? "" : " " + request.text(
            "meeting.reply.ownDeadlineLapsed", Formats.instant(moved.after().rsvpDeadline(
                found.network().rsvpDeadlineBeforeStart()), moved.after().zone(), request.locale()));
        return Reply.text(request.text("meeting.reply.moved", id,
            MeetingViews.when(moved.after(), request.locale())) + lapsed
            + TimeNotes.twice(moved.twice(), request.locale()));
      }
      return Reply.refused(MeetingRefusals.of(result, request.locale()));
    });
  }

  private Reply cancel(CommandRequest request, long id) {
    CommandLine args = request.args();
    Optional<String> reason = args.acceptQuoted("meeting.what.reason");
    args.requireEnd();
    return lookup.meeting(request, id, found -> {
      MeetingService.Changed result = meetings.cancelMeeting(found.network(), request.userId(),
          found.meeting(), reason);
      if (result instanceof MeetingService.Changed.Cancelled) {
        return Reply.text(request.text("meeting.reply.cancelled", id));
      }
      return Reply.refused(MeetingRefusals.of(result, request.locale()));
    });
  }

  private Reply details(CommandRequest request, long id) {
    return lookup.meeting(request, id, found -> details(request, found));
  }

  private Reply details(CommandRequest request, MeetingLookup.Found found) {
    boolean coordinator = networks.isCoordinator(found.network(), request.userId());
    var answers = rsvps.answers(found.meeting(), request.userId(), coordinator, request.locale());
    List<String> extras = sections.stream()
        .flatMap(s -> s.detailTexts(found.meeting(), request.userId(), request.locale()).stream())
        .filter(text -> !text.isBlank())
        .toList();
    return Reply.blocks(Escape.mrkdwn(found.meeting().title()),
        MeetingViews.details(found.network(), found.meeting(), extras, answers, request.locale()));
  }

  private Reply meetings(CommandRequest request) {
    request.args().requireEnd();
    return lookup.networkHere(request, network -> list(request, network));
  }

  private Reply list(CommandRequest request, Network network) {
    List<Meeting> upcoming = meetings.upcomingMeetings(network);
    Map<Long, String> mine = new HashMap<>();
    upcoming.forEach(m -> rsvps.answerWord(m, request.userId(), request.locale()).ifPresent(w -> mine.put(m.id(), w)));
    return Reply.blocks(request.text("meeting.list.fallback"),
        MeetingViews.list(network, upcoming, mine, request.locale()));
  }
}
