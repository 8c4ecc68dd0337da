package nl.samen.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Formats;
import nl.samen.slack.Reply;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.command.DateTimeFormats;

/** {@code meeting <id> deadline <date> <time>}: a meeting's own RSVP deadline. */
final class DeadlineCommand {
  private final MeetingService meetings;
  private final MeetingLookup lookup;

  DeadlineCommand(MeetingService meetings, MeetingLookup lookup) {
    this.meetings = meetings;
    this.lookup = lookup;
  }

  Reply set(CommandRequest request, long id) {
    CommandLine args = request.args();
    LocalDate date = args.requireDate();
    LocalTime time = DateTimeFormats.parseTime(args.requireWord("command.what.time"));
    args.requireEnd();
    return lookup.meeting(request, id, found -> {
      MeetingService.Changed result = meetings.setDeadline(found.network(), request.userId(),
          found.meeting(), date.atTime(time));
      if (result instanceof MeetingService.Changed.DeadlineSet set) {
        Meeting after = set.after();
        String closes = Formats.instant(after.rsvpDeadline(found.network().rsvpDeadlineBeforeStart()),
            after.zone(), request.locale());
        return Reply.text(request.text("meeting.reply.deadline", id, closes)
            + TimeNotes.twice(set.twice(), request.locale()));
      }
      return Reply.refused(MeetingRefusals.of(result, request.locale()));
    });
  }
}
