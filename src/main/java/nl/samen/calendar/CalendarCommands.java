package nl.samen.calendar;

import java.util.List;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/** {@code calendar [reset]} ({@code kalender [vernieuwen]}): the caller's personal feed link. */
final class CalendarCommands {
  private final CalendarService calendar;
  private final String publicUrl;

  CalendarCommands(CalendarService calendar, String publicUrl) {
    this.calendar = calendar;
    this.publicUrl = publicUrl;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("calendar.usage.calendar", this::calendar, "calendar", "kalender"));
  }

  private Reply calendar(CommandRequest request) {
    CommandLine args = request.args();
    boolean reset = args.acceptKeyword("reset", "vernieuwen", "opnieuw");
    args.requireEnd();
    String token = reset
        ? calendar.resetToken(request.teamId(), request.userId())
        : calendar.tokenFor(request.teamId(), request.userId());
    return Reply.text(request.text(reset ? "calendar.reply.reset" : "calendar.reply.link", link(token)));
  }

  String link(String token) {
    return publicUrl + "/calendar/" + token + ".ics";
  }
}
