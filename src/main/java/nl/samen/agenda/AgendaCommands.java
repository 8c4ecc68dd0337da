package nl.samen.agenda;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.NetworkService;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;
import nl.samen.workshop.WorkshopService;

/** {@code agenda [<id>]} and {@code agenda <id> add|propose|accept|remove|post}: parse, call, answer. */
final class AgendaCommands {
  /** English keyword first, then Dutch; the index modulo 5 says which action. */
  private static final String[] ACTIONS = {"add", "propose", "accept", "remove", "post",
      "toevoegen", "voorstel", "accepteer", "verwijder", "plaats",
      "toevoeg", "voorstellen", "accepteren", "verwijderen", "plaatsen"};

  private final AgendaService agendas;
  private final ActionService actions;
  private final WorkshopService workshops;
  private final NetworkService networks;
  private final MeetingLookup lookup;
  private final PostedAgenda posted;
  private final CarryCommands carry;

  AgendaCommands(AgendaService agendas, ActionService actions, WorkshopService workshops, NetworkService networks,
      MeetingLookup lookup, PostedAgenda posted, CarryCommands carry) {
    this.carry = carry;
    this.agendas = agendas;
    this.actions = actions;
    this.workshops = workshops;
    this.networks = networks;
    this.lookup = lookup;
    this.posted = posted;
  }

  List<Subcommand> subcommands() {
    return List.of(Subcommand.of("agenda.usage.agenda", this::agenda, "agenda"));
  }

  private Reply agenda(CommandRequest request) {
    CommandLine args = request.args();
    if (CarryCommands.isBacklog(args)) {
      return carry.backlog(request, args);
    }
    Optional<Long> id = args.acceptNumber();
    if (args.atEnd()) {
      return lookup.meetingOrNext(request, id, found -> show(request, found));
    }
    long meetingId = id.orElseGet(() -> args.requireNumber("agenda.what.meetingNumber"));
    if (args.acceptKeyword("move", "verplaats", "verplaatsen")) {
      return carry.move(request, args, meetingId);
    }
    int action = args.requireKeyword("agenda.what.action", ACTIONS) % 5;
    AgendaItem.Draft draft = action == 0 ? AgendaArgs.item(args)
        : action == 1 ? AgendaItem.Draft.proposal(AgendaArgs.title(args)) : null;
    int number = action == 2 || action == 3 ? (int) args.requireNumber("agenda.what.itemNumber") : 0;
    args.requireEnd();
    return lookup.meeting(request, meetingId, found -> act(request, found, action, draft, number));
  }

  private Reply act(CommandRequest request, MeetingLookup.Found found, int action, AgendaItem.Draft draft,
      int number) {
    Optional<Refusal> outsider = draft == null ? Optional.empty()
        : lookup.outsider(found.network(), draft.owner().stream().toList());
    if (outsider.isPresent()) {
      return Reply.refused(outsider.get());
    }
    AgendaService.Change change = switch (action) {
      case 0 -> agendas.addItem(found.network(), found.meeting(), request.userId(), draft);
      case 1 -> agendas.proposeItem(found.network(), found.meeting(), request.userId(), draft.title());
      case 2 -> agendas.acceptItem(found.network(), found.meeting(), request.userId(), number);
      case 3 -> agendas.removeItem(found.network(), found.meeting(), request.userId(), number);
      default -> agendas.postAgenda(found.network(), found.meeting(), request.userId());
    };
    return answer(request, found, change);
  }

  private Reply answer(CommandRequest request, MeetingLookup.Found found, AgendaService.Change change) {
    Meeting meeting = found.meeting();
    if (change instanceof AgendaService.Change.Posted p) {
      posted.publish(found.network(), meeting);
      return Reply.text(request.text(p.again() ? "agenda.reply.postedAgain" : "agenda.reply.posted", meeting.id()));
    }
    if (change instanceof AgendaService.Change.Proposed p) {
      return Reply.text(request.text("agenda.reply.proposed", item(p.item()), meeting.id()));
    }
    String key;
    AgendaItem item;
    if (change instanceof AgendaService.Change.Added a) {
      key = "agenda.reply.added";
      item = a.item();
    } else if (change instanceof AgendaService.Change.Accepted a) {
      key = "agenda.reply.accepted";
      item = a.item();
    } else if (change instanceof AgendaService.Change.Removed r) {
      key = "agenda.reply.removed";
      item = r.item();
    } else {
      return Reply.refused(refusal(change, meeting));
    }
    posted.changed(meeting);
    String update = agendas.isPosted(meeting) ? " " + request.text("agenda.reply.updated") : "";
    return Reply.text(request.text(key, item(item), meeting.id()) + update);
  }

  private static Refusal refusal(AgendaService.Change change, Meeting meeting) {
    if (change instanceof AgendaService.Change.NotCoordinator) {
      return Refusal.of("network.error.coordinatorsOnly");
    }
    if (change instanceof AgendaService.Change.NoSuchItem none) {
      return Refusal.of("agenda.error.noSuchItem", none.number(), meeting.id());
    }
    if (change instanceof AgendaService.Change.AlreadyAccepted a) {
      return Refusal.of("agenda.error.alreadyAccepted", a.item().number());
    }
    if (change instanceof AgendaService.Change.MeetingCancelled) {
      return Refusal.of("agenda.error.cancelled", meeting.id());
    }
    if (change instanceof AgendaService.Change.AlreadyStarted) {
      return Refusal.of("agenda.error.started", meeting.id());
    }
    return Refusal.of("agenda.error.full", AgendaService.MAX_ITEMS);
  }

  private static String item(AgendaItem item) {
    return item.number() + ". " + Escape.mrkdwn(item.title());
  }

  private Reply show(CommandRequest request, MeetingLookup.Found found) {
    Meeting meeting = found.meeting();
    boolean coordinator = networks.isCoordinator(found.network(), request.userId());
    List<LayoutBlock> extra = new ArrayList<>(CarryViews.traces(agendas.moved(meeting), request.locale()));
    extra.addAll(ActionViews.agendaSection(actions.openBefore(meeting), actions.today(found.network()),
        request.locale()));
    return Reply.blocks(AgendaViews.fallback(meeting, request.locale()), AgendaViews.agenda(meeting,
        agendas.items(meeting), agendas.proposals(meeting), workshops.workshops(meeting), extra,
        coordinator, request.locale()));
  }
}
