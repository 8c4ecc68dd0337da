package nl.samen.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Formats;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Sections;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/**
 * {@code action add <id> <item-no> "…" owner @… due <date> [activity <no>]}, {@code action <n> done ["…"]} and
 * {@code actions}: parse, call, answer.
 */
final class ActionCommands {
  private final ActionService actions;
  private final MeetingLookup lookup;
  private final PostedAgenda posted;
  private final MeetingService meetings;
  private final Runnable added;

  /** @param added wakes the owners' reminders, which may now have one due sooner */
  ActionCommands(ActionService actions, MeetingLookup lookup, PostedAgenda posted, MeetingService meetings,
      Runnable added) {
    this.added = added;
    this.actions = actions;
    this.lookup = lookup;
    this.posted = posted;
    this.meetings = meetings;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("agenda.action.usage.action", this::action, "action", "actie"),
        Subcommand.of("agenda.action.usage.actions", this::list, "actions", "acties"));
  }

  private Reply action(CommandRequest request) {
    CommandLine args = request.args();
    if (args.acceptKeyword("add", "toevoegen", "nieuw")) {
      long meetingId = args.requireNumber("agenda.what.meetingNumber");
      int item = (int) args.requireNumber("agenda.what.itemNumber");
      String what = args.requireQuoted("agenda.action.what.what");
      args.requireKeyword("agenda.action.what.owner", "owner", "eigenaar", "door");
      String owner = args.requireMention();
      args.requireKeyword("agenda.action.what.due", "due", "voor", "uiterlijk");
      LocalDate due = args.requireDate();
      Optional<Integer> activity = args.acceptKeyword("activity", "activiteit")
          ? Optional.of((int) args.requireNumber("agenda.action.what.activity")) : Optional.empty();
      Action.Draft draft = new Action.Draft(item, what, owner, due, activity);
      args.requireEnd();
      return lookup.meeting(request, meetingId, found -> lookup.outsider(found.network(), List.of(owner))
          .map(Reply::refused)
          .orElseGet(() -> answer(request, found.network(), actions.add(found.network(), found.meeting(), request.userId(), draft))));
    }
    int number = (int) args.requireNumber("agenda.action.what.number");
    args.requireKeyword("agenda.action.what.done", "done", "klaar", "gedaan");
    Optional<String> note = args.acceptQuoted("agenda.action.what.note");
    args.requireEnd();
    return lookup.networkHere(request, network ->
        answer(request, network, actions.close(network, request.userId(), number, note)));
  }

  private Reply list(CommandRequest request) {
    request.args().requireEnd();
    return lookup.networkHere(request, network -> {
      List<String> lines = new ArrayList<>();
      for (Action action : actions.open(network, request.userId())) {
        lines.add(line(request, network, action));
      }
      if (lines.isEmpty()) {
        return Reply.text(request.text("agenda.action.none"));
      }
      String heading = request.text("agenda.action.heading", Escape.mrkdwn(network.name()));
      return Reply.blocks(heading, Sections.of(heading, lines));
    });
  }

  private String line(CommandRequest request, Network network, Action action) {
    return ActionViews.line(action, actions.today(network), request.locale());
  }

  private Reply answer(CommandRequest request, Network network, ActionService.Result result) {
    if (result instanceof ActionService.Result.Added || result instanceof ActionService.Result.Closed) {
      meetings.nextMeeting(network).ifPresent(posted::changed); // its posted agenda lists open actions
    }
    if (result instanceof ActionService.Result.Added a0) {
      added.run();
      Action a = a0.action();
      return Reply.text(request.text("agenda.action.reply.added", a.number(), Escape.mrkdwn(a.what()),
          ActionViews.owner(a.owner(), request.locale()), Formats.date(a.due(), request.locale()), a.meetingId(), a.itemNumber())
          + a.activity().map(n -> " " + request.text("agenda.action.reply.activity", n)).orElse(""));
    }
    if (result instanceof ActionService.Result.Closed closed) {
      return Reply.text(request.text("agenda.action.reply.done", closed.action().number(),
          Escape.mrkdwn(closed.action().what())));
    }
    return Reply.refused(refusal(result));
  }

  private static Refusal refusal(ActionService.Result result) {
    if (result instanceof ActionService.Result.NoSuchItem none) {
      return Refusal.of("agenda.action.error.noSuchItem", none.number());
    }
    if (result instanceof ActionService.Result.NotStarted) {
      return Refusal.of("agenda.action.error.notStarted");
    }
    if (result instanceof ActionService.Result.MeetingCancelled) {
      return Refusal.of("agenda.action.error.cancelled");
    }
    if (result instanceof ActionService.Result.NoSuchAction none) {
      return Refusal.of("agenda.action.error.noSuchAction", none.number());
    }
    if (result instanceof ActionService.Result.NoSuchActivity none) {
      return Refusal.of("agenda.action.error.noSuchActivity", none.number());
    }
    if (result instanceof ActionService.Result.AlreadyDone done) {
      return Refusal.of("agenda.action.error.alreadyDone", done.action().number());
    }
    return Refusal.of("agenda.action.error.notAllowed");
  }
}
