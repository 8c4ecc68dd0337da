package nl.samen.agenda;

import java.util.List;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/** {@code minutes <id>} and {@code minutes <id> note|decision <item-no> "…"}: parse, call, answer. */
final class MinutesCommands {
  /** English keyword first, then Dutch; the index modulo 2 says which kind. */
  private static final String[] KINDS = {"note", "decision", "notitie", "besluit", "notes", "decisions"};

  private final MinutesService minutes;
  private final MeetingLookup lookup;

  MinutesCommands(MinutesService minutes, MeetingLookup lookup) {
    this.minutes = minutes;
    this.lookup = lookup;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("agenda.minutes.usage.minutes", this::minutes, "minutes", "notulen"));
  }

  private Reply minutes(CommandRequest request) {
    CommandLine args = request.args();
    long meetingId = args.requireNumber("agenda.what.meetingNumber");
    if (args.atEnd()) {
      return lookup.meeting(request, meetingId, found -> Reply.blocks(
          MinutesViews.fallback(found.meeting(), request.locale()), MinutesViews.minutes(found.meeting(),
              minutes.items(found.meeting()), minutes.minutes(found.meeting()), request.locale())));
    }
    Minute.Kind kind = args.requireKeyword("agenda.minutes.what.kind", KINDS) % 2 == 0
        ? Minute.Kind.NOTE : Minute.Kind.DECISION;
    int number = (int) args.requireNumber("agenda.what.itemNumber");
    String text = args.requireQuoted("agenda.minutes.what.text");
    args.requireEnd();
    return lookup.meeting(request, meetingId, found -> answer(request, meetingId,
        minutes.write(found.network(), found.meeting(), request.userId(), number, kind, text)));
  }

  private static Reply answer(CommandRequest request, long meetingId, MinutesService.Written written) {
    if (written instanceof MinutesService.Written.Done done) {
      return Reply.text(request.text("agenda.minutes.reply." + done.minute().kind().code(),
          done.item().number() + ". " + Escape.mrkdwn(done.item().title()), meetingId));
    }
    if (written instanceof MinutesService.Written.NoSuchItem none) {
      return Reply.refused(Refusal.of("agenda.error.noSuchItem", none.number(), meetingId));
    }
    if (written instanceof MinutesService.Written.NotStarted) {
      return Reply.refused(Refusal.of("agenda.minutes.error.notStarted", meetingId));
    }
    if (written instanceof MinutesService.Written.MeetingCancelled) {
      return Reply.refused(Refusal.of("agenda.error.cancelled", meetingId));
    }
    return Reply.refused(Refusal.of("agenda.minutes.error.notAllowed"));
  }
}
