package nl.samen.rsvp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingViews;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.People;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.Texts;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.command.Token;

/** {@code rsvp} in all its forms and {@code attendance}. */
final class RsvpCommands {
  private static final String[] ANSWERS = {"yes", "no", "maybe", "ja", "nee", "misschien"};

  private final RsvpService rsvps;
  private final NetworkService networks;
  private final MeetingLookup lookup;
  private final People people;

  public RsvpCommands(RsvpService rsvps, NetworkService networks, MeetingLookup lookup, People people) {
    this.rsvps = rsvps;
    this.networks = networks;
    this.lookup = lookup;
    this.people = people;
  }

  public List<Subcommand> subcommands() {
    return List.of(
        Subcommand.of("rsvp.usage.rsvp", this::rsvp, "rsvp"),
        Subcommand.of("rsvp.usage.attendance", this::attendance, "attendance", "aanwezigheid"));
  }

  private Reply rsvp(CommandRequest request) {
    CommandLine args = request.args();
    Optional<Long> id = args.acceptNumber();
    if (args.atEnd()) {
      return lookup.meetingOrNext(request, id, found -> overview(request, found));
    }
    Answer answer = Answer.values()[args.requireKeyword("rsvp.what.answer", ANSWERS) % 3];
    Optional<String> subject = args.acceptMention();
    Optional<String> reason = args.acceptQuoted("rsvp.what.reason");
    args.requireEnd();
    if (subject.isPresent() && id.isEmpty()) {
      throw new BadCommand("rsvp.error.numberForOthers");
    }
    return lookup.meetingOrNext(request, id, found -> {
      Optional<Refusal> outsider = lookup.outsider(found.network(), subject.stream().toList());
      if (outsider.isPresent()) {
        return Reply.refused(outsider.get());
      }
      RsvpService.Outcome outcome = rsvps.recordAnswer(found.network(), found.meeting(), request.userId(),
          subject.orElse(request.userId()), answer, reason);
      return Reply.text(outcomeText(outcome, found, request.userId(), request.locale()));
    });
  }

  /** What the person who answered sees, by command or by button. */
  static String outcomeText(RsvpService.Outcome outcome, MeetingLookup.Found found, String actor, Locale locale) {
    Meeting meeting = found.meeting();
    if (outcome instanceof RsvpService.Outcome.Recorded recorded) {
      Rsvp rsvp = recorded.rsvp();
      String word = RsvpViews.answerWord(rsvp.answer(), locale);
      String when = MeetingViews.when(meeting, locale);
      String title = Escape.mrkdwn(meeting.title());
      return rsvp.userId().equals(actor)
          ? Texts.get(locale, "rsvp.reply.recorded", word, meeting.id(), title, when)
          : Texts.get(locale, "rsvp.reply.recordedFor", rsvp.userId(), word, meeting.id(), title);
    }
    if (outcome instanceof RsvpService.Outcome.DeadlinePassed passed) {
      return ":warning: " + Texts.get(locale, "rsvp.error.deadlinePassed",
          Formats.instant(passed.deadline(), meeting.zone(), locale));
    }
    if (outcome instanceof RsvpService.Outcome.ReasonRequired) {
      return ":warning: " + Texts.get(locale, "rsvp.error.reasonRequired", meeting.id());
    }
    if (outcome instanceof RsvpService.Outcome.MeetingCancelled) {
      return ":warning: " + Texts.get(locale, "rsvp.error.cancelled", meeting.id());
    }
    return ":warning: " + Texts.get(locale, "rsvp.error.othersOnlyByCoordinator");
  }

  private Reply overview(CommandRequest request, MeetingLookup.Found found) {
    Network network = found.network();
    boolean coordinator = networks.isCoordinator(network, request.userId());
    List<Rsvp> answers = rsvps.answers(found.meeting());
    String fallback = Texts.get(request.locale(), "rsvp.overview.fallback", found.meeting().id());
    if (!coordinator) {
      return Reply.blocks(fallback, MeetingViews.details(network, found.meeting(),
          RsvpViews.answers(answers, request.userId(), false, Optional.empty(), request.locale()),
          request.locale()));
    }
    // Who has not answered needs the channel's members from Slack: answer afterwards.
    return new Reply.Later(() -> {
      Set<String> answered = answers.stream().map(Rsvp::userId).collect(Collectors.toSet());
      List<String> missing = people.humanMembers(network.teamId(), network.channelId()).stream()
          .filter(u -> !answered.contains(u)).toList();
      return Reply.blocks(fallback, MeetingViews.details(network, found.meeting(),
          RsvpViews.answers(answers, request.userId(), true, Optional.of(missing), request.locale()),
          request.locale()));
    });
  }

  private Reply attendance(CommandRequest request) {
    CommandLine args = request.args();
    long id = args.requireNumber("rsvp.what.meetingNumber");
    Map<String, Boolean> marks = new LinkedHashMap<>();
    while (!args.atEnd()) {
      boolean present = args.requireKeyword("rsvp.what.presentOrAbsent",
          "present", "absent", "aanwezig", "afwezig") % 2 == 0;
      marks.put(args.requireMention(), present);
      while (args.peek().filter(t -> t.kind() == Token.Kind.MENTION).isPresent()) {
        marks.put(args.requireMention(), present);
      }
    }
    return lookup.meeting(request, id, found -> lookup.outsider(found.network(), marks.keySet())
        .map(Reply::refused).orElseGet(() -> recordAttendance(request, found, marks)));
  }

  private Reply recordAttendance(CommandRequest request, MeetingLookup.Found found, Map<String, Boolean> marks) {
    long id = found.meeting().id();
    RsvpService.AttendanceOutcome outcome = rsvps.recordAttendance(found.network(), found.meeting(),
        request.userId(), marks);
    if (outcome instanceof RsvpService.AttendanceOutcome.Recorded recorded) {
      List<Attendance> list = recorded.attendance();
      String present = names(list, true);
      String absent = names(list, false);
      return Reply.text(request.text("rsvp.attendance.list", id, Escape.mrkdwn(found.meeting().title()),
          list.stream().filter(Attendance::present).count(), present, absent));
    }
    if (outcome instanceof RsvpService.AttendanceOutcome.NotYetHeld) {
      return Reply.refused("rsvp.error.notYetHeld", "#" + id);
    }
    if (outcome instanceof RsvpService.AttendanceOutcome.MeetingCancelled) {
      return Reply.refused("rsvp.error.cancelled", id);
    }
    return Reply.refused("network.error.coordinatorsOnly");
  }

  private static String names(List<Attendance> list, boolean present) {
    String names = list.stream().filter(a -> a.present() == present).map(a -> "<@" + a.userId() + ">")
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "–" : names;
  }
}
