package nl.samen.agenda;

import java.util.List;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/** {@code minutes <id>}, {@code minutes <id> note|decision <item-no> "…"} and {@code minutes <id> post}. */
final class MinutesCommands {
  /** English keyword first, then Dutch; the index modulo 2 says which kind. */
  private static final String[] KINDS = {"note", "decision", "notitie", "besluit", "notes", "decisions"};

  private final MinutesService minutes;
  private final MeetingLookup lookup;
  private final PostedMinutes posted;
  private final CarryService carry;

  MinutesCommands(MinutesService minutes, MeetingLookup lookup, PostedMinutes posted, CarryService carry) {
    this.carry = carry;
    this.minutes = minutes;
    this.lookup = lookup;
    this.posted = posted;
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
              minutes.items(found.meeting()), minutes.moved(found.meeting()), minutes.minutes(found.meeting()),
              request.locale())));
    }
    if (args.acceptKeyword("post", "plaats", "plaatsen")) {
      args.requireEnd();
      return lookup.meeting(request, meetingId, found -> answer(request, found,
          minutes.post(found.network(), found.meeting(), request.userId())));
    }
    Minute.Kind kind = args.requireKeyword("agenda.minutes.what.kind", KINDS) % 2 == 0
        ? Minute.Kind.NOTE : Minute.Kind.DECISION;
    int number = (int) args.requireNumber("agenda.what.itemNumber");
    String text = args.requireQuoted("agenda.minutes.what.text");
    args.requireEnd();
    return lookup.meeting(request, meetingId, found -> answer(request, found,
        minutes.write(found.network(), found.meeting(), request.userId(), number, kind, text)));
  }

  private Reply answer(CommandRequest request, MeetingLookup.Found found, MinutesService.Written written) {
    long meetingId = found.meeting().id();
    if (written instanceof MinutesService.Written.Posted p) {
      posted.publish(found.network(), found.meeting(), p.again());
      String text = request.text(p.again() ? "agenda.minutes.reply.postedAgain" : "agenda.minutes.reply.posted",
          meetingId);
      return Reply.blocks(text, CarryViews.posted(text, meetingId, carry.untouched(found.meeting()).size(),
          request.locale()));
    }
    if (written instanceof MinutesService.Written.Done done) {
      posted.changed(found.network(), found.meeting());
      return Reply.text(request.text("agenda.minutes.reply." + done.minute().kind().code(),
          done.item().number() + ". " + Escape.mrkdwn(done.item().title()), meetingId));
    }
    return Reply.refused(refusal(written, meetingId));
  }

  /** Why an entry was not written, for commands and the form. */
  static Refusal refusal(MinutesService.Written written, long meetingId) {
    if (written instanceof MinutesService.Written.NoSuchItem none) {
      return Refusal.of("agenda.error.noSuchItem", none.number(), meetingId);
    }
    if (written instanceof MinutesService.Written.NotStarted) {
      return Refusal.of("agenda.minutes.error.notStarted", meetingId);
    }
    if (written instanceof MinutesService.Written.MeetingCancelled) {
      return Refusal.of("agenda.error.cancelled", meetingId);
    }
    return Refusal.of("agenda.minutes.error.notAllowed");
  }
}
